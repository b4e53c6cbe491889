import ChineseTextCore

/// The longest-match conversion of one step, OpenCC's semantics: at each position the first member (in
/// priority order) that has any key there wins, with its longest key; a position without a key copies one
/// character.
struct StepRunner {
  let tables: ConversionTables
  let step: StepTable
  /// Members in use (bit `m` for member `m`).
  let enabledMembers: UInt8

  /// The longest match starting at `start` whose key ends at or before `end`, among enabled members.
  /// `firstCode` is the code of the scalar at `start`, `firstLength` its length.
  @inline(__always)
  func longestMatch(
    _ input: UnsafePointer<UInt8>, start: Int, end: Int, firstCode: UInt16, firstLength: Int
  ) -> (end: Int, value: Int) {
    let trie = step.trie
    let codes = tables.codes
    let payloads = tables.payloads
    var state = trie.child(of: DoubleArrayTrie.root, code: firstCode)
    var bestMember = UInt32.max
    var bestEnd = -1
    var bestValue = -1
    var position = start &+ firstLength
    while state >= 0 {
      let payload = Int(trie.payload(at: state))
      if payload >= 0 && payload < payloads.count {
        let count = Int(payloads[payload])
        if payload &+ count < payloads.count {
          var entryIndex = payload &+ 1
          while entryIndex <= payload &+ count {
            let entry = payloads[entryIndex]
            let member = entry &>> 24
            if enabledMembers & (1 &<< UInt8(truncatingIfNeeded: member)) != 0 && member <= bestMember {
              bestMember = member
              bestEnd = position
              bestValue = Int(entry & 0xFF_FFFF)
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
    let codes = tables.codes
    var index = start
    while index < end {
      let lead = input[index]
      if lead < 0x80 && !tables.asciiInKeys[Int(lead)] {
        var next = index &+ 1
        while next < end && input[next] < 0x80 && !tables.asciiInKeys[Int(input[next])] { next &+= 1 }
        sink.append(input + index, count: next &- index)
        index = next
        recorder.mark(input: index, output: sink.count &- outputOrigin)
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(input, at: index, count: end)
      let code = codes.code(scalar)
      if code != 0 {
        let match = longestMatch(input, start: index, end: end, firstCode: code, firstLength: length)
        if match.value >= 0 {
          let value = tables.defaultValue(match.value)
          sink.append(value.baseAddress!, count: value.count)
          index = match.end
          recorder.mark(input: index, output: sink.count &- outputOrigin)
          continue
        }
      }
      sink.append(input + index, count: length)
      index &+= length
      recorder.mark(input: index, output: sink.count &- outputOrigin)
    }
  }

  /// Whether this step could change anything in `input[start..<end]`: some scalar starts a key.
  func mayChange(_ input: UnsafePointer<UInt8>, from start: Int, to end: Int, leadBytes: LeadByteSet) -> Bool {
    var index = start
    let trie = step.trie
    while index < end {
      let lead = input[index]
      if !leadBytes.contains(lead) {
        index &+= 1
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(input, at: index, count: end)
      let code = tables.codes.code(scalar)
      if code != 0 && trie.child(of: DoubleArrayTrie.root, code: code) >= 0 { return true }
      index &+= length
    }
    return false
  }
}

/// A set of byte values, for a quick scan for the lead bytes of a step's first characters.
struct LeadByteSet: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  mutating func insert(_ byte: UInt8) {
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
