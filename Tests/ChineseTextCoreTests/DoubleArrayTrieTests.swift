import ChineseTextCore
import Testing

@Suite("Double-array trie")
struct DoubleArrayTrieTests {
  /// Looks a key up by walking the trie.
  static func lookup(_ trie: DoubleArrayTrie, _ key: [UInt16]) -> Int32 {
    var state = DoubleArrayTrie.root
    for code in key {
      state = trie.child(of: state, code: code)
      if state < 0 { return -1 }
    }
    return trie.payload(at: state)
  }

  @Test func findsEveryKeyAndNothingElse() throws {
    var generator = SplitMix(seed: 7)
    var keySet = Set<[UInt16]>()
    while keySet.count < 3000 {
      let length = Int(generator.next() % 6) + 1
      keySet.insert((0..<length).map { _ in UInt16(generator.next() % 300 + 1) })
    }
    let keys = keySet.sorted { $0.lexicographicallyPrecedes($1) }
    let payloads = keys.indices.map { Int32($0 * 3) }
    let units = DoubleArrayTrieBuilder.build(keys: keys, payloads: payloads)
    try units.withUnsafeBufferPointer { buffer in
      let trie = try DoubleArrayTrie(units: buffer)
      for (key, payload) in zip(keys, payloads) { #expect(Self.lookup(trie, key) == payload) }
      // Prefixes and extensions that are not keys.
      for key in keys.prefix(500) {
        let longer = key + [301]
        #expect(Self.lookup(trie, longer) == -1)
        if key.count > 1, !keySet.contains(Array(key.dropLast())) {
          #expect(Self.lookup(trie, Array(key.dropLast())) == -1)
        }
      }
      #expect(trie.child(of: DoubleArrayTrie.root, code: 65000) == -1)
    }
  }

  @Test func emptyTrieHasNoKeys() throws {
    let units = DoubleArrayTrieBuilder.build(keys: [], payloads: [])
    try units.withUnsafeBufferPointer { buffer in
      let trie = try DoubleArrayTrie(units: buffer)
      #expect(trie.child(of: DoubleArrayTrie.root, code: 1) == -1)
    }
  }

  @Test func damagedSlotsNeverReadOutOfBounds() throws {
    var units = DoubleArrayTrieBuilder.build(keys: [[1, 2], [1, 3]], payloads: [0, 1])
    units[0] = Int32.max - 2  // root base far past the end
    try units.withUnsafeBufferPointer { buffer in
      let trie = try DoubleArrayTrie(units: buffer)
      #expect(trie.child(of: DoubleArrayTrie.root, code: 1) == -1)
    }
    units[0] = -100
    try units.withUnsafeBufferPointer { buffer in
      let trie = try DoubleArrayTrie(units: buffer)
      #expect(trie.child(of: DoubleArrayTrie.root, code: 1) == -1)
      #expect(trie.payload(at: DoubleArrayTrie.root) == -1)
    }
  }
}

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
