/// Decoding of well-formed UTF-8 (such as a `String`'s storage) one scalar at a time.
public enum UTF8Scalars {
  /// Decodes the scalar starting at `offset`. The bytes must be well-formed UTF-8 and `offset` a scalar
  /// boundary; the caller guarantees `offset < count`.
  @inlinable @inline(__always)
  public static func decode(_ bytes: UnsafePointer<UInt8>, at offset: Int, count: Int) -> (
    scalar: UInt32, length: Int
  ) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
      guard offset &+ 1 < count else { return (0xFFFD, 1) }
      return ((lead & 0x1F) << 6 | UInt32(bytes[offset &+ 1]) & 0x3F, 2)
    }
    if lead < 0xF0 {
      guard offset &+ 2 < count else { return (0xFFFD, count &- offset) }
      return (
        (lead & 0x0F) << 12 | (UInt32(bytes[offset &+ 1]) & 0x3F) << 6 | UInt32(bytes[offset &+ 2]) & 0x3F, 3
      )
    }
    guard offset &+ 3 < count else { return (0xFFFD, count &- offset) }
    let value =
      (lead & 0x07) << 18 | (UInt32(bytes[offset &+ 1]) & 0x3F) << 12 | (UInt32(bytes[offset &+ 2]) & 0x3F) << 6
      | UInt32(bytes[offset &+ 3]) & 0x3F
    return (min(value, 0x10FFFF), 4)
  }

  /// The length in bytes of the scalar whose first byte is `lead`.
  @inlinable @inline(__always)
  public static func length(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The offset of the first byte that is not valid UTF-8, or `nil` when all of `bytes` is well-formed.
  /// A sequence cut off by the end of `bytes` counts as invalid unless `allowsIncompleteTail` is true, in
  /// which case its start is returned through `incompleteTail` instead.
  public static func firstInvalidOffset(
    in bytes: UnsafeRawBufferPointer, allowsIncompleteTail: Bool = false, incompleteTail: inout Int?
  ) -> Int? {
    incompleteTail = nil
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let needed: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: needed = 1
      case 0xE0:
        needed = 2
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: needed = 2
      case 0xED:
        needed = 2
        upper = 0x9F
      case 0xF0:
        needed = 3
        lower = 0x90
      case 0xF1...0xF3: needed = 3
      case 0xF4:
        needed = 3
        upper = 0x8F
      default: return index
      }
      for step in 1...needed {
        guard index + step < count else {
          if allowsIncompleteTail {
            incompleteTail = index
            return nil
          }
          return index
        }
        let byte = bytes[index + step]
        let (low, high) = step == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
        guard byte >= low && byte <= high else { return index }
      }
      index += needed + 1
    }
    return nil
  }
}
