/// A four-character section name inside a compiled resource, such as `"TRIE"`.
public struct ResourceTag: Hashable, Sendable, CustomStringConvertible {
  /// The four ASCII bytes, little-endian.
  public let rawValue: UInt32

  /// Creates a tag from four ASCII characters.
  public init(_ text: StaticString) {
    precondition(text.utf8CodeUnitCount == 4, "a resource tag has four ASCII characters")
    var value: UInt32 = 0
    text.withUTF8Buffer { bytes in
      for (index, byte) in bytes.enumerated() { value |= UInt32(byte) << (8 * UInt32(index)) }
    }
    rawValue = value
  }

  /// Creates a tag from its stored value.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public var description: String {
    let bytes = (0..<4).map { UInt8(truncatingIfNeeded: rawValue >> (8 * $0)) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
