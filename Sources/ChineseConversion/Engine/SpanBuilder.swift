/// Turns an alignment of byte offsets into spans over the caller's string and the converted string.
enum SpanBuilder {
  /// The spans of a conversion. Boundaries that would split a `Character` of either string (a Han
  /// character and its variation selector, an emoji sequence) are dropped, merging the runs on both sides;
  /// neighbouring unchanged runs are merged.
  static func spans(source: Substring, converted: String, alignment: Alignment) -> [ConversionSpan] {
    let sourceUTF8 = source.utf8
    let convertedUTF8 = converted.utf8
    let inputs = alignment.inputOffsets
    let outputs = alignment.outputOffsets
    guard inputs.count > 1 else { return [] }

    func sourceIndex(_ offset: Int) -> String.Index { sourceUTF8.index(sourceUTF8.startIndex, offsetBy: offset) }
    func convertedIndex(_ offset: Int) -> String.Index {
      convertedUTF8.index(convertedUTF8.startIndex, offsetBy: offset)
    }

    var result: [ConversionSpan] = []
    var runStart = (input: 0, output: 0)
    var pendingUnchanged: (input: Int, output: Int)? = nil

    func emit(_ start: (input: Int, output: Int), _ end: (input: Int, output: Int), changed: Bool) {
      result.append(
        ConversionSpan(
          source: source[sourceIndex(start.input)..<sourceIndex(end.input)],
          replacement: converted[convertedIndex(start.output)..<convertedIndex(end.output)], isChanged: changed))
    }

    for index in 1..<inputs.count {
      let end = (input: inputs[index], output: outputs[index])
      let isLast = index == inputs.count - 1
      if !isLast {
        let sourceBoundary = sourceIndex(end.input).samePosition(in: source.base) != nil
        let convertedBoundary = convertedIndex(end.output).samePosition(in: converted) != nil
        if !sourceBoundary || !convertedBoundary { continue }
      }
      let changed = !sourceUTF8.dropFirst(runStart.input).prefix(end.input - runStart.input)
        .elementsEqual(convertedUTF8.dropFirst(runStart.output).prefix(end.output - runStart.output))
      if changed {
        if let unchangedStart = pendingUnchanged {
          emit(unchangedStart, runStart, changed: false)
          pendingUnchanged = nil
        }
        emit(runStart, end, changed: true)
      } else if pendingUnchanged == nil {
        pendingUnchanged = runStart
      }
      runStart = end
    }
    if let unchangedStart = pendingUnchanged { emit(unchangedStart, runStart, changed: false) }
    return result
  }
}
