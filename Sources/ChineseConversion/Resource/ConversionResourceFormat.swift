import ChineseTextCore

/// The sections of the compiled conversion resource, shared by the runtime and the compiler.
///
/// - `CPAG`, `CBLK`: the ``ScalarCodeTable`` for every character that occurs in a dictionary key.
/// - `CSCA`: the scalar of each code (`UInt32`, index 0 unused).
/// - `CCLS`: one ``ScriptClass`` byte a code, for script detection.
/// - `TRIE`: the double-array tries of all steps, one after another (`Int32` pairs).
/// - `STEP`: eight `UInt32`s a step: first trie value, trie value count, member count, tofu-risk member mask,
///   first entry in `SGLP`, first word in `BGRM`, log2 of the bigram filter's bits, reserved.
/// - `SGLP`: for each step, two `UInt32`s a code: the default value of the one-character key packed as the
///   UTF-8 bytes of one scalar (first byte lowest), with every member and without the tofu-risk members;
///   0 when there is no such key, `unpackedSingle` when the value is not a single scalar.
/// - `BGRM`: for each step, a bit set (`UInt64` words) of hashed first-two-character pairs of its longer keys:
///   a clear bit proves that no key of two or more characters starts with that pair.
/// - `PAYL`: payload lists: a count, then that many `member << 24 | value index` entries.
/// - `VREC`: two `UInt32`s a value: byte offset into `VSTR`, and `defaultLength << 16 | totalLength`.
/// - `VSTR`: UTF-8 values; a value's candidates are separated by spaces, the default first.
/// - `CONF`: one line a configuration: `name TAB normalization TAB segmentation TAB chain TAB title`,
///   where steps are indices, lists are comma-separated, `-` is empty and segmentation is `step:member`.
/// - `SRCS`: the source files the resource was compiled from, with their sizes and checksums.
package enum ConversionResourceFormat {
  /// The resource kind in the header.
  package static let kind: UInt32 = 0x434F_4E56  // "CONV"
  /// The bundled resource's file name.
  package static let fileName = "Conversion.ctres"

  package static let codePages = ResourceTag("CPAG")
  package static let codeBlocks = ResourceTag("CBLK")
  package static let scalars = ResourceTag("CSCA")
  package static let scriptClasses = ResourceTag("CCLS")
  package static let tries = ResourceTag("TRIE")
  package static let steps = ResourceTag("STEP")
  package static let singles = ResourceTag("SGLP")
  package static let bigrams = ResourceTag("BGRM")
  /// The `SGLP` entry of a one-character value that is not one scalar: look it up in the trie instead.
  package static let unpackedSingle: UInt32 = 0xFFFF_FFFF
  /// `UInt32`s in a step record.
  package static let stepRecordSize = 8

  /// The bigram filter's hash of two codes.
  @inline(__always)
  package static func bigramHash(_ first: UInt16, _ second: UInt16) -> UInt32 {
    (UInt32(first) &* 0x9E37_79B1) ^ (UInt32(second) &* 0x85EB_CA6B) ^ (UInt32(second) &>> 3)
  }
  package static let payloads = ResourceTag("PAYL")
  package static let valueRecords = ResourceTag("VREC")
  package static let valueBytes = ResourceTag("VSTR")
  package static let configurations = ResourceTag("CONF")
  package static let sources = ResourceTag("SRCS")

  /// Most members a step may have (they are kept in an 8-bit mask).
  package static let maximumMembers = 8
}

/// How a character relates to the two scripts, from the character tables.
package enum ScriptClass: UInt8, Sendable {
  /// Not a distinguishing character (identical in both scripts, or not in the tables).
  case neutral = 0
  /// Occurs only in Simplified text: Simplified→Traditional changes it, Traditional→Simplified does not.
  case simplified = 1
  /// Occurs only in Traditional text.
  case traditional = 2
}

/// One line of the `CONF` section.
package struct ConfigurationRecord: Equatable, Sendable {
  package var name: String
  package var normalization: [Int]
  package var segmentation: (step: Int, member: Int)?
  package var chain: [Int]
  package var title: String

  package init(
    name: String, normalization: [Int], segmentation: (step: Int, member: Int)?, chain: [Int], title: String
  ) {
    self.name = name
    self.normalization = normalization
    self.segmentation = segmentation
    self.chain = chain
    self.title = title
  }

  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.name == rhs.name && lhs.normalization == rhs.normalization && lhs.chain == rhs.chain
      && lhs.title == rhs.title && lhs.segmentation?.step == rhs.segmentation?.step
      && lhs.segmentation?.member == rhs.segmentation?.member
  }

  package var line: String {
    func list(_ values: [Int]) -> String { values.isEmpty ? "-" : values.map(String.init).joined(separator: ",") }
    let segmentationText = segmentation.map { "\($0.step):\($0.member)" } ?? "-"
    return [name, list(normalization), segmentationText, list(chain), title].joined(separator: "\t")
  }

  package init(line: Substring) throws(ResourceError) {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 5, !fields[0].isEmpty else { throw .malformed("configuration line '\(line)'") }
    func list(_ text: Substring) throws(ResourceError) -> [Int] {
      if text == "-" { return [] }
      var values: [Int] = []
      for part in text.split(separator: ",") {
        guard let value = Int(part) else { throw .malformed("configuration list '\(text)'") }
        values.append(value)
      }
      return values
    }
    name = String(fields[0])
    normalization = try list(fields[1])
    if fields[2] == "-" {
      segmentation = nil
    } else {
      let parts = fields[2].split(separator: ":")
      guard parts.count == 2, let step = Int(parts[0]), let member = Int(parts[1]) else {
        throw .malformed("segmentation '\(fields[2])'")
      }
      segmentation = (step, member)
    }
    chain = try list(fields[3])
    title = String(fields[4])
  }
}
