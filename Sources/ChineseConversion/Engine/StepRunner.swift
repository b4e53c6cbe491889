import ChineseTextCore

/// The longest-match conversion of one step, OpenCC's semantics: at each position the first member (in
/// priority order) that has any key there wins, with its longest key; a position without a key copies one
/// character.
///
/// Everything the loops read is copied into the runner as raw pointers first, so the loops touch no class
/// property and no array bounds beyond the checks that guard against a damaged resource.
struct StepRunner {
  let trie: DoubleArrayTrie
  let codes: ScalarCodeTable
  let payloads: UnsafePointer<UInt32>
  let payloadCount: Int
  let valueRecords: UnsafePointer<UInt32>
  let valueBytes: UnsafePointer<UInt8>
  /// Bit `b` set: ASCII byte `b` occurs in some key (so it cannot be copied through blindly).
  let asciiInKeys: (UInt64, UInt64)
  /// Members in use (bit `m` for member `m`).
  let enabledMembers: UInt8
  let leadBytes: LeadByteSet
  let singles: UnsafePointer<UInt32>
  /// 0 with every member, 1 without the tofu-risk members: which packed single value to read.
  let singleSlot: Int
  let bigramWords: UnsafePointer<UInt64>
  let bigramMask: UInt32
  let hasLongerKeys: Bool

  init(tables: ConversionTables, step: StepTable, enabledMembers: UInt8) {
    trie = step.trie
    codes = tables.codes
    payloads = tables.payloads.baseAddress!
    payloadCount = tables.payloads.count
    valueRecords = tables.valueRecords.baseAddress!
    valueBytes = tables.valueBytes.baseAddress!
    var low: UInt64 = 0
    var high: UInt64 = 0
    for byte in 0..<128 where tables.asciiInKeys[byte] {
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
    asciiInKeys = (low, high)
    self.enabledMembers = enabledMembers
    leadBytes = step.leadBytes
    singles = step.singles
    singleSlot = enabledMembers & step.tofuRiskMembers == 0 && step.tofuRiskMembers != 0 ? 1 : 0
    bigramWords = step.bigramWords
    bigramMask = step.bigramMask
    hasLongerKeys = step.hasLongerKeys
  }

  /// Whether some key of two or more characters may start with these two codes (false positives happen,
  /// false negatives do not).
  @inline(__always)
  func mayStartLongerKey(_ first: UInt16, _ second: UInt16) -> Bool {
    let bit = ConversionResourceFormat.bigramHash(first, second) & bigramMask
    return bigramWords[Int(bit &>> 6)] & (1 &<< UInt64(bit & 63)) != 0
  }

  @inline(__always)
  func isPlainASCII(_ byte: UInt8) -> Bool {
    byte < 64 ? asciiInKeys.0 & (1 &<< UInt64(byte)) == 0 : asciiInKeys.1 & (1 &<< UInt64(byte &- 64)) == 0
  }

  /// The longest match starting at `start` whose key ends at or before `end`, among enabled members.
  /// `firstCode` is the code of the scalar at `start`, `firstLength` its length.
  @inline(__always)
  func longestMatch(
    _ input: UnsafePointer<UInt8>, start: Int, end: Int, firstCode: UInt16, firstLength: Int
  ) -> (end: Int, value: Int) {
    var state = trie.child(of: DoubleArrayTrie.root, code: firstCode)
    var bestMember = UInt32.max
    var bestEnd = -1
    var bestValue = -1
    var position = start &+ firstLength
    while state >= 0 {
      let payload = Int(trie.payload(at: state))
      if payload >= 0 && payload < payloadCount {
        let count = Int(payloads[payload])
        if payload &+ count < payloadCount {
          var entryIndex = payload &+ 1
          let last = payload &+ count
          while entryIndex <= last {
            let entry = payloads[entryIndex]
            let member = entry &>> 24
            if enabledMembers & (1 &<< UInt8(truncatingIfNeeded: member)) != 0 {
              if member <= bestMember {
                bestMember = member
                bestEnd = position
                bestValue = Int(entry & 0xFF_FFFF)
              }
              break
            }
            entryIndex &+= 1
          }
        }
      }
      if position >= end { break }
      let (scalar, length) = UTF8Scalars.decode(input, at: position, count: end)
      let code = codes.code(scalar)
      if code == 0 { break }
      state = trie.child(of: state, code: code)
      position &+= length
    }
    return (bestEnd, bestValue)
  }

  /// Converts `input[start..<end]`, appending to `sink` and marking every unit's boundary in `recorder`
  /// (input offsets relative to `input`, output offsets relative to `outputOrigin` in the sink).
  @inline(__always)
  func run<Recorder: AlignmentRecorder>(
    _ input: UnsafePointer<UInt8>, from start: Int, to end: Int, into sink: ByteBuffer, outputOrigin: Int,
    recorder: inout Recorder
  ) {
    var cursor = sink.cursor()
    var index = start
    while index < end {
      let lead = input[index]
      if lead < 0x80 && isPlainASCII(lead) {
        var next = index &+ 1
        while next < end && input[next] < 0x80 && isPlainASCII(input[next]) { next &+= 1 }
        cursor.reserve(next &- index, in: sink)
        cursor.write(input + index, count: next &- index)
        index = next
        recorder.mark(input: index, output: cursor.count &- outputOrigin)
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(input, at: index, count: end)
      let code = codes.code(scalar)
      if code != 0 {
        // Fast path: when no longer key can start here, only the one-character key matters.
        var match = (end: index &+ length, value: -1)
        var needsWalk = false
        if hasLongerKeys && index &+ length < end {
          let next = UTF8Scalars.decode(input, at: index &+ length, count: end)
          let nextCode = codes.code(next.scalar)
          needsWalk = nextCode != 0 && mayStartLongerKey(code, nextCode)
        }
        if !needsWalk {
          let packed = singles[Int(code) &<< 1 | singleSlot]
          if packed == 0 {
            cursor.reserve(length, in: sink)
            cursor.write(input + index, count: length)
            index &+= length
            recorder.mark(input: index, output: cursor.count &- outputOrigin)
            continue
          }
          if packed != ConversionResourceFormat.unpackedSingle {
            let packedLength = UTF8Scalars.length(lead: UInt8(truncatingIfNeeded: packed))
            cursor.reserve(4, in: sink)
            var bytes = packed.littleEndian
            withUnsafeBytes(of: &bytes) { raw in
              cursor.write(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: packedLength)
            }
            index &+= length
            recorder.mark(input: index, output: cursor.count &- outputOrigin)
            continue
          }
        }
        match = longestMatch(input, start: index, end: end, firstCode: code, firstLength: length)
        if match.value >= 0 {
          let offset = Int(valueRecords[match.value &<< 1])
          let valueLength = Int(valueRecords[match.value &<< 1 | 1] &>> 16)
          cursor.reserve(valueLength, in: sink)
          cursor.write(valueBytes + offset, count: valueLength)
          index = match.end
          recorder.mark(input: index, output: cursor.count &- outputOrigin)
          continue
        }
      }
      cursor.reserve(length, in: sink)
      cursor.write(input + index, count: length)
      index &+= length
      recorder.mark(input: index, output: cursor.count &- outputOrigin)
    }
    sink.commit(cursor)
  }

  /// Whether this step could change anything in `input[start..<end]`: some scalar starts a key.
  func mayChange(_ input: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let minimum = leadBytes.minimum
    var index = start
    while index < end {
      // Most bytes are below the smallest lead byte of any key (for normalisation, 0xEF): skip them fast.
      if input[index] < minimum {
        index &+= 1
        continue
      }
      let lead = input[index]
      if lead & 0xC0 == 0x80 || !leadBytes.contains(lead) {
        index &+= 1
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(input, at: index, count: end)
      let code = codes.code(scalar)
      if code != 0 && trie.child(of: DoubleArrayTrie.root, code: code) >= 0 { return true }
      index &+= length
    }
    return false
  }
}

/// A set of byte values, for a quick scan for the lead bytes of a step's first characters.
struct LeadByteSet: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// The smallest byte in the set (255 when empty).
  private(set) var minimum: UInt8 = 255

  mutating func insert(_ byte: UInt8) {
    minimum = min(minimum, byte)
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: return words.0 & bit != 0
    case 1: return words.1 & bit != 0
    case 2: return words.2 & bit != 0
    default: return words.3 & bit != 0
    }
  }
}
