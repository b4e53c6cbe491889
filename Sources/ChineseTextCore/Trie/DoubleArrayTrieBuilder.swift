/// Builds the slot array of a ``DoubleArrayTrie`` from keys of scalar codes.
public enum DoubleArrayTrieBuilder {
  /// Builds the interleaved `base`/`check` array.
  ///
  /// - Parameters:
  ///   - keys: distinct, non-empty keys of non-zero codes, sorted lexicographically.
  ///   - payloads: one non-negative payload a key.
  public static func build(keys: [[UInt16]], payloads: [Int32]) -> [Int32] {
    precondition(keys.count == payloads.count)
    var state = State()
    state.reserve(max(1024, keys.count * 3))
    state.occupy(0, parent: -1)
    if !keys.isEmpty {
      state.place(node: 0, keys: keys, payloads: payloads, range: 0..<keys.count, depth: 0)
    } else {
      state.base[0] = 1
    }
    var units: [Int32] = []
    let used = state.highestUsed + 1
    units.reserveCapacity(used * 2)
    for slot in 0..<used {
      units.append(state.base[slot])
      units.append(state.check[slot])
    }
    return units
  }

  private struct State {
    var base: [Int32] = []
    var check: [Int32] = []
    // A doubly linked list of free slots, so that the search for a fitting base skips used ones.
    var nextFree: [Int32] = []
    var previousFree: [Int32] = []
    var firstFree: Int32 = -1
    var highestUsed = 0

    mutating func reserve(_ count: Int) {
      let old = base.count
      guard count > old else { return }
      base.append(contentsOf: repeatElement(0, count: count - old))
      check.append(contentsOf: repeatElement(-1, count: count - old))
      nextFree.append(contentsOf: (old..<count).map { Int32($0 + 1) })
      previousFree.append(contentsOf: (old..<count).map { Int32($0 - 1) })
      nextFree[count - 1] = -1
      if firstFree < 0 {
        firstFree = Int32(old)
        previousFree[old] = -1
      } else {
        var last = firstFree
        while nextFree[Int(last)] >= 0 && Int(nextFree[Int(last)]) < old { last = nextFree[Int(last)] }
        nextFree[Int(last)] = Int32(old)
        previousFree[old] = last
      }
    }

    mutating func occupy(_ slot: Int, parent: Int32) {
      if slot >= base.count { reserve(max(slot + 1, base.count * 2)) }
      check[slot] = parent
      let previous = previousFree[slot]
      let next = nextFree[slot]
      if previous >= 0 { nextFree[Int(previous)] = next } else { firstFree = next }
      if next >= 0 { previousFree[Int(next)] = previous }
      highestUsed = max(highestUsed, slot)
    }

    func isFree(_ slot: Int) -> Bool { slot >= check.count || check[slot] < 0 && slot != 0 }

    mutating func findBase(for codes: [UInt16]) -> Int {
      let first = Int(codes[0])
      var candidate = firstFree
      while true {
        if candidate < 0 {
          reserve(base.count * 2)
          candidate = firstFree
          continue
        }
        let slot = Int(candidate)
        let start = slot - first
        if start >= 1 && codes.allSatisfy({ isFree(start + Int($0)) }) {
          if let last = codes.last, start + Int(last) >= base.count {
            reserve(max(start + Int(last) + 1, base.count * 2))
          }
          return start
        }
        candidate = nextFree[slot]
        if candidate < 0 {
          // Past the end of the list: grow, then continue from the first new slot.
          let end = base.count
          reserve(end * 2)
          candidate = Int32(end)
        }
      }
    }

    mutating func place(node: Int, keys: [[UInt16]], payloads: [Int32], range: Range<Int>, depth: Int) {
      // Children: code 0 for a key that ends here (it sorts first), then each distinct next code.
      var codes: [UInt16] = []
      var ranges: [Range<Int>] = []
      var index = range.lowerBound
      while index < range.upperBound {
        let key = keys[index]
        if key.count == depth {
          codes.append(0)
          ranges.append(index..<(index + 1))
          index += 1
          continue
        }
        let code = key[depth]
        var end = index + 1
        while end < range.upperBound && keys[end][depth] == code { end += 1 }
        codes.append(code)
        ranges.append(index..<end)
        index = end
      }
      let start = findBase(for: codes)
      base[node] = Int32(start)
      for code in codes { occupy(start + Int(code), parent: Int32(node)) }
      for (code, childRange) in zip(codes, ranges) {
        let slot = start + Int(code)
        if code == 0 {
          base[slot] = payloads[childRange.lowerBound]
        } else {
          place(node: slot, keys: keys, payloads: payloads, range: childRange, depth: depth + 1)
        }
      }
    }
  }
}
