/// Maps Unicode scalars to dense codes (1…65535; 0 means “in no dictionary key”) with two array reads.
///
/// Stored as 4,352 page entries (one for each 256 scalars of the code space), each naming a block of 256
/// codes; block 0 is all zeros and is shared by every page without a dictionary character.
@frozen public struct ScalarCodeTable: @unchecked Sendable {
  /// Number of pages: 0x110000 / 256.
  public static let pageCount = 0x1100

  @usableFromInline let pages: UnsafePointer<UInt16>
  @usableFromInline let blocks: UnsafePointer<UInt16>

  /// Wraps validated storage. `pages` has ``pageCount`` entries, each less than `blocks.count / 256`.
  public init(pages: UnsafeBufferPointer<UInt16>, blocks: UnsafeBufferPointer<UInt16>) throws(ResourceError) {
    guard pages.count == Self.pageCount, let pageBase = pages.baseAddress else {
      throw .malformed("scalar code pages: \(pages.count) entries")
    }
    guard blocks.count >= 256, blocks.count % 256 == 0, let blockBase = blocks.baseAddress else {
      throw .malformed("scalar code blocks: \(blocks.count) entries")
    }
    let blockCount = blocks.count / 256
    guard pages.allSatisfy({ Int($0) < blockCount }) else { throw .malformed("scalar code page out of range") }
    self.pages = pageBase
    self.blocks = blockBase
  }

  /// The code of a scalar value below 0x110000.
  @inlinable @inline(__always)
  public func code(_ scalar: UInt32) -> UInt16 {
    let block = Int(pages[Int(scalar &>> 8)])
    return blocks[block &<< 8 | Int(scalar & 0xFF)]
  }

  /// Builds the page and block arrays for a mapping of scalars to codes.
  public static func build(_ codes: [UInt32: UInt16]) -> (pages: [UInt16], blocks: [UInt16]) {
    var pages = [UInt16](repeating: 0, count: pageCount)
    var blocks = [UInt16](repeating: 0, count: 256)
    for page in Set(codes.keys.map { Int($0 >> 8) }).sorted() {
      pages[page] = UInt16(blocks.count / 256)
      blocks.append(contentsOf: repeatElement(0, count: 256))
    }
    for (scalar, code) in codes {
      blocks[Int(pages[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)] = code
    }
    return (pages, blocks)
  }
}
