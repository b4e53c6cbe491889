import ChineseConversion
import ChineseTextCore

/// Lays out the conversion resource for a set of configuration plans.
struct ResourceBuilder {
  let plans: [ConfigurationPlan]
  let library: DictionaryLibrary
  let sources: [(String, [UInt8])]

  func build() throws(CompilerError) -> [UInt8] {
    typealias Format = ConversionResourceFormat
    // Steps, deduplicated, in order of first use.
    var steps: [StepPlan] = []
    var stepIndex: [String: Int] = [:]
    func index(of step: StepPlan) -> Int {
      if let existing = stepIndex[step.signature] { return existing }
      steps.append(step)
      stepIndex[step.signature] = steps.count - 1
      return steps.count - 1
    }
    var records: [ConfigurationRecord] = []
    for plan in plans {
      let normalization = plan.normalization.map(index(of:))
      let chain = plan.chain.map(index(of:))
      var segmentation: (step: Int, member: Int)? = nil
      if let member = plan.segmentation {
        let dictionaries = member.dictionaries
        if let found = steps.enumerated().lazy.compactMap({ step -> (Int, Int)? in
          guard let position = step.element.members.firstIndex(where: { $0.dictionaries == dictionaries }) else {
            return nil
          }
          return (step.offset, position)
        }).first {
          segmentation = found
        } else {
          segmentation = (index(of: StepPlan(members: [member])), 0)
        }
      }
      records.append(
        ConfigurationRecord(
          name: plan.name, normalization: normalization, segmentation: segmentation, chain: chain, title: plan.title))
    }

    // Merged entries of every step: key → [(member, value text)].
    var stepEntries: [[String: [(member: Int, value: String)]]] = []
    for step in steps {
      guard step.members.count <= Format.maximumMembers else {
        throw .limitExceeded("a step with \(step.members.count) members")
      }
      var entries: [String: [(member: Int, value: String)]] = [:]
      for (memberIndex, member) in step.members.enumerated() {
        var seen = Set<String>()
        for name in member.dictionaries {
          for entry in try library.dictionary(name).entries where seen.insert(entry.key).inserted {
            entries[entry.key, default: []].append((memberIndex, entry.values.joined(separator: " ")))
          }
        }
      }
      stepEntries.append(entries)
    }

    // Scalar codes: every scalar of every key, numbered in scalar order from 1.
    var alphabet = Set<UInt32>()
    for entries in stepEntries {
      for key in entries.keys { for scalar in key.unicodeScalars { alphabet.insert(scalar.value) } }
    }
    let scalars = alphabet.sorted()
    guard scalars.count < 0xFFFF else { throw .limitExceeded("\(scalars.count) distinct key characters") }
    var codes: [UInt32: UInt16] = [:]
    for (index, scalar) in scalars.enumerated() { codes[scalar] = UInt16(index + 1) }
    let (pages, blocks) = ScalarCodeTable.build(codes)

    // Values, payload lists and tries.
    var valueIndex: [String: Int] = [:]
    var valueRecords: [UInt32] = []
    var valueBytes: [UInt8] = []
    var payloads: [UInt32] = []
    var payloadIndex: [[UInt32]: Int] = [:]
    var trieUnits: [Int32] = []
    var stepRecords: [UInt32] = []
    var singles: [UInt32] = []
    var bigramWords: [UInt64] = []
    for (position, entries) in stepEntries.enumerated() {
      let keys = entries.keys.map { key in key.unicodeScalars.map { codes[$0.value]! } }.sorted {
        $0.lexicographicallyPrecedes($1)
      }
      var keyPayloads: [Int32] = []
      keyPayloads.reserveCapacity(keys.count)
      for key in keys {
        let text = String(String.UnicodeScalarView(key.map { Unicode.Scalar(scalars[Int($0) - 1])! }))
        var list: [UInt32] = []
        for (member, value) in entries[text]! {
          let index: Int
          if let existing = valueIndex[value] {
            index = existing
          } else {
            index = valueRecords.count / 2
            valueIndex[value] = index
            let defaultLength = value.split(separator: " ").first.map { $0.utf8.count } ?? value.utf8.count
            guard value.utf8.count <= 0xFFFF else { throw .limitExceeded("a value of \(value.utf8.count) bytes") }
            valueRecords.append(UInt32(valueBytes.count))
            valueRecords.append(UInt32(defaultLength) << 16 | UInt32(value.utf8.count))
            valueBytes.append(contentsOf: value.utf8)
          }
          list.append(UInt32(member) << 24 | UInt32(index))
        }
        if let existing = payloadIndex[list] {
          keyPayloads.append(Int32(existing))
        } else {
          payloadIndex[list] = payloads.count
          keyPayloads.append(Int32(payloads.count))
          payloads.append(UInt32(list.count))
          payloads.append(contentsOf: list)
        }
      }
      let units = DoubleArrayTrieBuilder.build(keys: keys, payloads: keyPayloads)
      // Side tables for the fast path: one-character payloads by code, and the bigram filter.
      var stepSingles = [UInt32](repeating: 0, count: 2 * (scalars.count + 1))
      var pairs = Set<UInt32>()
      let tofuMembers = Set(steps[position].members.indices.filter { steps[position].members[$0].mayOutputTofu })
      for key in keys {
        guard key.count == 1 else {
          pairs.insert(UInt32(key[0]) << 16 | UInt32(key[1]))
          continue
        }
        let text = String(Character(Unicode.Scalar(scalars[Int(key[0]) - 1])!))
        let members = entries[text]!
        for (slot, excluded) in [Set<Int>(), tofuMembers].enumerated() {
          guard let best = members.first(where: { !excluded.contains($0.member) }) else { continue }
          let value = String(best.value.split(separator: " ").first ?? "")
          stepSingles[2 * Int(key[0]) + slot] = Self.packed(value)
        }
      }
      var bigramBits = 0
      let bigramStart = bigramWords.count
      if !pairs.isEmpty {
        bigramBits = 6
        while (1 << bigramBits) < pairs.count * 16 && bigramBits < 20 { bigramBits += 1 }
        var words = [UInt64](repeating: 0, count: (1 << bigramBits) / 64)
        let mask = UInt32((1 << bigramBits) - 1)
        for pair in pairs.sorted() {
          let bit = Int(Format.bigramHash(UInt16(pair >> 16), UInt16(pair & 0xFFFF)) & mask)
          words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        bigramWords.append(contentsOf: words)
      }
      let singlesStart = singles.count
      singles.append(contentsOf: stepSingles)
      var tofuMask: UInt32 = 0
      for (member, plan) in steps[position].members.enumerated() where plan.mayOutputTofu {
        tofuMask |= 1 << UInt32(member)
      }
      stepRecords.append(contentsOf: [
        UInt32(trieUnits.count), UInt32(units.count), UInt32(steps[position].members.count), tofuMask,
        UInt32(singlesStart), UInt32(bigramStart), UInt32(bigramBits), 0,
      ])
      trieUnits.append(contentsOf: units)
    }

    // Script classes from the character tables, when both are part of the build.
    var classes = [UInt8](repeating: ScriptClass.neutral.rawValue, count: scalars.count + 1)
    if plans.count > 1 {
      func changing(_ name: String) throws(CompilerError) -> Set<String> {
        Set(try library.dictionary(name).entries.filter { $0.values.first != $0.key }.map(\.key))
      }
      let simplifiedToTraditional = try changing("STCharacters")
      let traditionalToSimplified = try changing("TSCharacters")
      for character in simplifiedToTraditional.subtracting(traditionalToSimplified) {
        if let scalar = character.unicodeScalars.first, let code = codes[scalar.value] {
          classes[Int(code)] = ScriptClass.simplified.rawValue
        }
      }
      for character in traditionalToSimplified.subtracting(simplifiedToTraditional) {
        if let scalar = character.unicodeScalars.first, let code = codes[scalar.value] {
          classes[Int(code)] = ScriptClass.traditional.rawValue
        }
      }
    }

    var sourceLines = ["ChineseText conversion resource, compiled from OpenCC data (Apache-2.0)"]
    for (name, bytes) in sources + library.filesRead.map({ ($0.name, $0.bytes) }) {
      sourceLines.append("\(name)\t\(bytes.count)\t\(String(ResourceChecksum.compute(bytes), radix: 16))")
    }

    var writer = ResourceWriter(kind: Format.kind)
    writer.add(Format.codePages, values: pages)
    writer.add(Format.codeBlocks, values: blocks)
    writer.add(Format.scalars, values: [0] + scalars)
    writer.add(Format.scriptClasses, bytes: classes)
    writer.add(Format.tries, values: trieUnits)
    writer.add(Format.steps, values: stepRecords)
    writer.add(Format.singles, values: singles)
    writer.add(Format.bigrams, values: bigramWords.isEmpty ? [0] : bigramWords)
    writer.add(Format.payloads, values: payloads)
    writer.add(Format.valueRecords, values: valueRecords)
    writer.add(Format.valueBytes, bytes: valueBytes)
    writer.add(Format.configurations, bytes: Array(records.map(\.line).joined(separator: "\n").utf8))
    writer.add(Format.sources, bytes: Array(sourceLines.joined(separator: "\n").utf8))
    return writer.finish()
  }

  /// A one-scalar value as its UTF-8 bytes, first byte lowest; anything else as `unpackedSingle`.
  static func packed(_ value: String) -> UInt32 {
    let scalars = value.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first, scalar.value != 0 else {
      return ConversionResourceFormat.unpackedSingle
    }
    var packed: UInt32 = 0
    for (index, byte) in value.utf8.enumerated() { packed |= UInt32(byte) << (8 * UInt32(index)) }
    return packed
  }
}
