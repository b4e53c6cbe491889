import ChineseTextCore

/// One step of a conversion chain: a trie whose keys carry, for each member dictionary of the step, that
/// dictionary's value. Members are ordered by priority (OpenCC's short-circuit order).
/// `@unchecked Sendable`: the pointers lead into the immutable resource image, which the owning
/// ``ConversionTables`` keeps alive; step tables are used only through it.
package struct StepTable: @unchecked Sendable {
  package let trie: DoubleArrayTrie
  package let memberCount: Int
  /// Members that may output characters common fonts lack (OpenCC's `may_output_tofu`).
  package let tofuRiskMembers: UInt8
  /// The first bytes of the UTF-8 forms of the characters that start a key.
  let leadBytes: LeadByteSet
  /// For each code, the packed one-character values (see `SGLP` in ``ConversionResourceFormat``).
  let singles: UnsafePointer<UInt32>
  /// The bigram filter (see ``ConversionResourceFormat``) and its index mask; no words when the step has no
  /// key of two or more characters.
  let bigramWords: UnsafePointer<UInt64>
  let bigramMask: UInt32
  let hasLongerKeys: Bool
}

/// The validated contents of a compiled conversion resource, shared read-only by every converter.
/// `@unchecked Sendable`: every stored property is immutable, and the buffers point into `image`, which this
/// object keeps alive and which is never written after validation.
package final class ConversionTables: @unchecked Sendable {
  package let image: ResourceImage
  package let codes: ScalarCodeTable
  package let steps: [StepTable]
  package let configurations: [String: ConfigurationRecord]
  package let configurationOrder: [String]
  let scriptClasses: UnsafeBufferPointer<UInt8>
  let payloads: UnsafeBufferPointer<UInt32>
  let valueRecords: UnsafeBufferPointer<UInt32>
  let valueBytes: UnsafeBufferPointer<UInt8>
  /// For ASCII bytes: whether the character occurs in some key (so cannot be copied through blindly).
  let asciiInKeys: [Bool]

  /// Loads and validates the resource at `path`.
  package convenience init(contentsOfFile path: String) throws(ResourceError) {
    try self.init(image: ResourceImage(contentsOfFile: path, expectedKind: ConversionResourceFormat.kind))
  }

  /// Validates a resource held in memory.
  package convenience init(bytes: [UInt8]) throws(ResourceError) {
    try self.init(image: ResourceImage(bytes: bytes, expectedKind: ConversionResourceFormat.kind))
  }

  package init(image: ResourceImage) throws(ResourceError) {
    typealias Format = ConversionResourceFormat
    self.image = image
    codes = try ScalarCodeTable(
      pages: image.requiredArray(Format.codePages, of: UInt16.self),
      blocks: image.requiredArray(Format.codeBlocks, of: UInt16.self))
    scriptClasses = try image.requiredArray(Format.scriptClasses, of: UInt8.self)
    let scalars = try image.requiredArray(Format.scalars, of: UInt32.self)
    guard scalars.count <= 0x10000 else { throw .malformed("\(scalars.count) scalar codes") }
    // Every code the table yields must name a scalar, since codes index the per-step tables.
    guard try image.requiredArray(Format.codeBlocks, of: UInt16.self).allSatisfy({ Int($0) < scalars.count }) else {
      throw .malformed("a scalar code out of range")
    }
    payloads = try image.requiredArray(Format.payloads, of: UInt32.self)
    valueRecords = try image.requiredArray(Format.valueRecords, of: UInt32.self)
    valueBytes = try image.requiredArray(Format.valueBytes, of: UInt8.self)
    guard valueRecords.count % 2 == 0 else { throw .malformed("value records") }
    let valueCount = valueRecords.count / 2
    for index in 0..<valueCount {
      let offset = Int(valueRecords[2 * index])
      let lengths = valueRecords[2 * index + 1]
      let total = Int(lengths & 0xFFFF)
      guard Int(lengths >> 16) <= total, total > 0, offset + total <= valueBytes.count else {
        throw .malformed("value \(index) out of bounds")
      }
    }
    // Payload lists: every entry must name a value that exists and a member below the maximum.
    var index = 0
    while index < payloads.count {
      let count = Int(payloads[index])
      guard count > 0, index + count < payloads.count else { throw .malformed("payload list at \(index)") }
      for entry in payloads[(index + 1)...(index + count)] {
        guard Int(entry & 0xFF_FFFF) < valueCount, Int(entry >> 24) < Format.maximumMembers else {
          throw .malformed("payload entry at \(index)")
        }
      }
      index += count + 1
    }

    let trieUnits = try image.requiredArray(Format.tries, of: Int32.self)
    let stepRecords = try image.requiredArray(Format.steps, of: UInt32.self)
    let singles = try image.requiredArray(Format.singles, of: UInt32.self)
    let bigrams = try image.requiredArray(Format.bigrams, of: UInt64.self)
    let recordSize = Format.stepRecordSize
    guard stepRecords.count % recordSize == 0, let singlesBase = singles.baseAddress,
      let bigramBase = bigrams.baseAddress
    else { throw .malformed("step records") }
    var steps: [StepTable] = []
    for step in 0..<(stepRecords.count / recordSize) {
      let record = UnsafeBufferPointer(rebasing: stepRecords[(step * recordSize)..<((step + 1) * recordSize)])
      let start = Int(record[0])
      let count = Int(record[1])
      let members = Int(record[2])
      let singlesStart = Int(record[4])
      let bigramStart = Int(record[5])
      let bigramBits = Int(record[6])
      guard start + count <= trieUnits.count, members >= 1, members <= Format.maximumMembers,
        singlesStart + 2 * scalars.count <= singles.count, bigramBits <= 24,
        bigramBits == 0 || bigramStart + max(1, (1 << bigramBits) / 64) <= bigrams.count
      else {
        throw .malformed("step \(step)")
      }
      let units = UnsafeBufferPointer(rebasing: trieUnits[start..<(start + count)])
      let trie = try DoubleArrayTrie(units: units)
      var leadBytes = LeadByteSet()
      for code in 1..<scalars.count where trie.child(of: DoubleArrayTrie.root, code: UInt16(code)) >= 0 {
        let scalar = scalars[code]
        guard Unicode.Scalar(scalar) != nil else { throw .malformed("scalar of code \(code)") }
        leadBytes.insert(
          UInt8(
            truncatingIfNeeded: scalar < 0x80
              ? scalar
              : scalar < 0x800 ? 0xC0 | scalar >> 6 : scalar < 0x10000 ? 0xE0 | scalar >> 12 : 0xF0 | scalar >> 18))
      }
      steps.append(
        StepTable(
          trie: trie, memberCount: members, tofuRiskMembers: UInt8(truncatingIfNeeded: record[3]),
          leadBytes: leadBytes, singles: singlesBase + singlesStart, bigramWords: bigramBase + bigramStart,
          bigramMask: bigramBits == 0 ? 0 : UInt32((1 << bigramBits) - 1), hasLongerKeys: bigramBits != 0))
    }
    self.steps = steps

    let text = String(decoding: try image.requiredSection(Format.configurations), as: UTF8.self)
    var configurations: [String: ConfigurationRecord] = [:]
    var order: [String] = []
    for line in text.split(separator: "\n") {
      let record = try ConfigurationRecord(line: line)
      let stepIndices = record.normalization + record.chain + (record.segmentation.map { [$0.step] } ?? [])
      guard stepIndices.allSatisfy({ $0 >= 0 && $0 < steps.count }), !record.chain.isEmpty else {
        throw .malformed("configuration \(record.name) names a step that does not exist")
      }
      if let segmentation = record.segmentation, segmentation.member >= steps[segmentation.step].memberCount {
        throw .malformed("configuration \(record.name) segments with a member that does not exist")
      }
      configurations[record.name] = record
      order.append(record.name)
    }
    self.configurations = configurations
    configurationOrder = order
    asciiInKeys = (0..<128).map { [codes] in codes.code(UInt32($0)) != 0 }
  }

  /// The script class of a scalar.
  package func scriptClass(of scalar: UInt32) -> ScriptClass {
    let code = Int(codes.code(scalar))
    guard code < scriptClasses.count else { return .neutral }
    return ScriptClass(rawValue: scriptClasses[code]) ?? .neutral
  }

  /// Every candidate of a value.
  package func candidates(_ index: Int) -> [String] {
    let offset = Int(valueRecords[2 * index])
    let total = Int(valueRecords[2 * index + 1] & 0xFFFF)
    return String(decoding: valueBytes[offset..<(offset + total)], as: UTF8.self)
      .split(separator: " ").map(String.init)
  }
}
