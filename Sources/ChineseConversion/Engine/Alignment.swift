/// Receives the boundaries of a conversion stage: after each unit, the input and output offsets reached.
protocol AlignmentRecorder {
  init()
  mutating func mark(input: Int, output: Int)
  /// This stage (A→B) followed by `next` (B→C).
  func followed(by next: Self) -> Self
  /// Appends `other`, whose offsets start where this one ends.
  mutating func append(_ other: Self)
}

/// Records nothing: the recorder of plain conversion, which the optimiser removes entirely.
struct NoAlignment: AlignmentRecorder {
  @inline(__always) mutating func mark(input: Int, output: Int) {}
  func followed(by next: NoAlignment) -> NoAlignment { self }
  mutating func append(_ other: NoAlignment) {}
}

/// Boundaries where the input and the output of a stage line up, in increasing order, starting at (0, 0).
///
/// A stage's units are dictionary matches and single unmatched characters; composing two stages keeps the
/// boundaries they share, so the final alignment's runs are the smallest pieces of input whose output is
/// determined by that input alone.
struct Alignment: AlignmentRecorder {
  var inputOffsets: [Int] = [0]
  var outputOffsets: [Int] = [0]

  mutating func mark(input: Int, output: Int) {
    if input == inputOffsets[inputOffsets.count - 1] && output == outputOffsets[outputOffsets.count - 1] {
      return
    }
    inputOffsets.append(input)
    outputOffsets.append(output)
  }

  /// Appends `other`, whose offsets start at this alignment's end.
  mutating func append(_ other: Alignment) {
    let inputShift = inputOffsets[inputOffsets.count - 1]
    let outputShift = outputOffsets[outputOffsets.count - 1]
    for index in 1..<other.inputOffsets.count {
      mark(input: other.inputOffsets[index] + inputShift, output: other.outputOffsets[index] + outputShift)
    }
  }

  func followed(by next: Alignment) -> Alignment {
    var result = Alignment()
    var first = 1
    var second = 1
    while first < outputOffsets.count && second < next.inputOffsets.count {
      let middleFirst = outputOffsets[first]
      let middleSecond = next.inputOffsets[second]
      if middleFirst == middleSecond {
        result.mark(input: inputOffsets[first], output: next.outputOffsets[second])
        first += 1
        second += 1
      } else if middleFirst < middleSecond {
        first += 1
      } else {
        second += 1
      }
    }
    return result
  }
}
