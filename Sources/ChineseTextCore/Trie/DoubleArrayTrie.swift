/// A read-only double-array trie over scalar codes (see ``ScalarCodeTable``).
///
/// Slot `i` holds two `Int32`s, `base` and `check`. A state `s` has a child for code `c` when
/// `check[base[s] + c] == s`. Code 0 is the end-of-key child: its slot's `base` holds the key's payload.
/// The root is slot 0. Every read is bounds-checked against the slot count, so a damaged trie yields wrong
/// answers at worst, never an out-of-bounds read.
@frozen public struct DoubleArrayTrie: @unchecked Sendable {
  @usableFromInline let units: UnsafePointer<Int32>
  /// The number of slots.
  public let slotCount: Int

  /// Wraps interleaved `base`/`check` pairs.
  public init(units: UnsafeBufferPointer<Int32>) throws(ResourceError) {
    guard units.count >= 2, units.count % 2 == 0, let base = units.baseAddress else {
      throw .malformed("trie with \(units.count) values")
    }
    self.units = base
    slotCount = units.count / 2
  }

  /// The root state.
  public static let root: Int32 = 0

  /// The child of `state` for a non-zero `code`, or -1.
  @inlinable @inline(__always)
  public func child(of state: Int32, code: UInt16) -> Int32 {
    let target = Int(units[Int(state) &<< 1]) &+ Int(code)
    guard UInt(bitPattern: target) < UInt(bitPattern: slotCount), units[target &<< 1 | 1] == state else {
      return -1
    }
    return Int32(truncatingIfNeeded: target)
  }

  /// The payload stored where a key ends at `state`, or -1 when no key ends there.
  @inlinable @inline(__always)
  public func payload(at state: Int32) -> Int32 {
    let target = Int(units[Int(state) &<< 1])
    guard UInt(bitPattern: target) < UInt(bitPattern: slotCount), units[target &<< 1 | 1] == state else {
      return -1
    }
    return units[target &<< 1]
  }
}
