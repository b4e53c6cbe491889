import ChineseTextCore

/// A configuration resolved against the tables: normalisation steps, optional segmentation, the chain.
///
/// It follows OpenCC: normalisation (CJK compatibility ideographs) over the whole text; then, where the
/// configuration has one, maximum-forward-match segmentation, whose segments bound every later match; then
/// each step of the chain in turn, over each segment.
struct ConversionPipeline: Sendable {
  let tables: ConversionTables
  let normalization: [StepTable]
  let segmentation: (step: StepTable, member: Int)?
  let chain: [StepTable]
  let includesTofuRisk: Bool

  init(tables: ConversionTables, record: ConfigurationRecord, includesTofuRisk: Bool) {
    self.tables = tables
    normalization = record.normalization.map { tables.steps[$0] }
    segmentation = record.segmentation.map { (tables.steps[$0.step], $0.member) }
    chain = record.chain.map { tables.steps[$0] }
    self.includesTofuRisk = includesTofuRisk
  }

  private func runner(_ step: StepTable) -> StepRunner {
    StepRunner(tables: tables, step: step, enabledMembers: includesTofuRisk ? 0xFF : ~step.tofuRiskMembers)
  }

  /// Converts `input`, appending to `output`, and returns the alignment of `input` to what was appended.
  func convert<Recorder: AlignmentRecorder>(
    _ input: UnsafeBufferPointer<UInt8>, into output: ByteBuffer, as recorderType: Recorder.Type
  ) -> Recorder {
    guard let inputBase = input.baseAddress, !input.isEmpty else { return Recorder() }
    var current = UnsafeBufferPointer(start: inputBase, count: input.count)
    var holder: ByteBuffer? = nil
    var total: Recorder? = nil

    for step in normalization {
      let runner = runner(step)
      guard runner.mayChange(current.baseAddress!, from: 0, to: current.count) else {
        continue
      }
      let buffer = ByteBuffer(capacity: current.count + 16)
      var stage = Recorder()
      runner.run(current.baseAddress!, from: 0, to: current.count, into: buffer, outputOrigin: 0, recorder: &stage)
      total = total.map { $0.followed(by: stage) } ?? stage
      holder = buffer
      current = buffer.bytes
    }

    var boundaries = [0, current.count]
    if let segmentation {
      boundaries = segment(current, step: segmentation.step, member: segmentation.member)
    }

    for (position, step) in chain.enumerated() {
      let isLast = position == chain.count - 1
      let buffer = isLast ? output : ByteBuffer(capacity: current.count + 16)
      let origin = buffer.count
      let runner = runner(step)
      var stage = Recorder()
      var nextBoundaries = [0]
      nextBoundaries.reserveCapacity(boundaries.count)
      for index in 1..<boundaries.count {
        runner.run(
          current.baseAddress!, from: boundaries[index - 1], to: boundaries[index], into: buffer,
          outputOrigin: origin, recorder: &stage)
        nextBoundaries.append(buffer.count - origin)
      }
      total = total.map { $0.followed(by: stage) } ?? stage
      if !isLast {
        holder = buffer
        current = buffer.bytes
        boundaries = nextBoundaries
      }
    }
    withExtendedLifetime(holder) {}
    return total ?? Recorder()
  }

  /// OpenCC's maximum-match segmentation: the boundaries of dictionary phrases (of `member` of `step`) and
  /// of the runs of text between them.
  func segment(_ text: UnsafeBufferPointer<UInt8>, step: StepTable, member: Int) -> [Int] {
    let input = text.baseAddress!
    let end = text.count
    let matcher = StepRunner(tables: tables, step: step, enabledMembers: UInt8(1) << UInt8(member))
    let codes = tables.codes
    var boundaries = [0]
    var index = 0
    while index < end {
      let (scalar, length) = UTF8Scalars.decode(input, at: index, count: end)
      let code = codes.code(scalar)
      if code != 0 {
        let match = matcher.longestMatch(input, start: index, end: end, firstCode: code, firstLength: length)
        if match.value >= 0 {
          if boundaries[boundaries.count - 1] != index { boundaries.append(index) }
          boundaries.append(match.end)
          index = match.end
          continue
        }
      }
      index += length
    }
    if boundaries[boundaries.count - 1] != end { boundaries.append(end) }
    return boundaries
  }
}
