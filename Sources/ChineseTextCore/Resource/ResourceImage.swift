/// A validated compiled resource: its header, section directory and checksum have been checked.
///
/// Views handed out by ``section(_:)`` stay valid as long as the image is alive; types that keep such views
/// keep a reference to the image.
public final class ResourceImage: Sendable {
  private let storage: ResourceStorage
  private let sections: [UInt32: Range<Int>]
  /// The resource kind stored in the header.
  public let kind: UInt32
  /// The size of the resource in bytes.
  public var byteCount: Int { storage.bytes.count }

  /// Maps and validates the resource file at `path`.
  public convenience init(contentsOfFile path: String, expectedKind: UInt32) throws(ResourceError) {
    try self.init(storage: ResourceStorage(mapping: path), expectedKind: expectedKind)
  }

  /// Copies and validates a resource held in memory.
  public convenience init(bytes: some Collection<UInt8>, expectedKind: UInt32) throws(ResourceError) {
    try self.init(storage: ResourceStorage(copying: bytes), expectedKind: expectedKind)
  }

  private init(storage: ResourceStorage, expectedKind: UInt32) throws(ResourceError) {
    self.storage = storage
    let bytes = storage.bytes
    guard bytes.count >= ResourceLayout.headerSize else {
      if bytes.count >= 8, !bytes.prefix(8).elementsEqual(ResourceLayout.signature) { throw .badSignature }
      throw .truncated(expectedBytes: ResourceLayout.headerSize, actualBytes: bytes.count)
    }
    guard bytes.prefix(8).elementsEqual(ResourceLayout.signature) else { throw .badSignature }
    let version = bytes.loadUnaligned(fromByteOffset: ResourceLayout.versionOffset, as: UInt32.self).littleEndian
    guard version == ResourceLayout.formatVersion else {
      throw .unsupportedVersion(found: version, supported: ResourceLayout.formatVersion)
    }
    let kind = bytes.loadUnaligned(fromByteOffset: ResourceLayout.kindOffset, as: UInt32.self).littleEndian
    guard kind == expectedKind else { throw .wrongKind(expected: expectedKind, found: kind) }
    let length = bytes.loadUnaligned(fromByteOffset: ResourceLayout.lengthOffset, as: UInt64.self).littleEndian
    guard length == UInt64(bytes.count) else {
      if length > UInt64(bytes.count) {
        throw .truncated(expectedBytes: Int(clamping: length), actualBytes: bytes.count)
      }
      throw .malformed("\(bytes.count - Int(length)) bytes after the end the header gives")
    }
    let stored = bytes.loadUnaligned(fromByteOffset: ResourceLayout.checksumOffset, as: UInt64.self).littleEndian
    let computed = ResourceChecksum.ofResource(bytes)
    guard stored == computed else { throw .checksumMismatch(stored: stored, computed: computed) }

    let count = Int(
      bytes.loadUnaligned(fromByteOffset: ResourceLayout.sectionCountOffset, as: UInt32.self).littleEndian)
    let directoryEnd = ResourceLayout.headerSize + count * ResourceLayout.directoryEntrySize
    guard count < 4096, directoryEnd <= bytes.count else { throw .malformed("section directory out of bounds") }
    var sections: [UInt32: Range<Int>] = [:]
    for index in 0..<count {
      let base = ResourceLayout.headerSize + index * ResourceLayout.directoryEntrySize
      let tag = bytes.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian
      let offset = bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self).littleEndian
      let size = bytes.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self).littleEndian
      guard offset >= UInt64(directoryEnd), offset % UInt64(ResourceLayout.sectionAlignment) == 0,
        size <= UInt64(bytes.count), offset <= UInt64(bytes.count) - size
      else { throw .malformed("section \(ResourceTag(rawValue: tag)) out of bounds") }
      guard sections[tag] == nil else { throw .malformed("duplicate section \(ResourceTag(rawValue: tag))") }
      sections[tag] = Int(offset)..<Int(offset + size)
    }
    self.sections = sections
    self.kind = kind
  }

  /// The bytes of a section, or `nil` when the resource has no such section.
  public func section(_ tag: ResourceTag) -> UnsafeRawBufferPointer? {
    guard let range = sections[tag.rawValue] else { return nil }
    return UnsafeRawBufferPointer(rebasing: storage.bytes[range])
  }

  /// The bytes of a section that must exist.
  public func requiredSection(_ tag: ResourceTag) throws(ResourceError) -> UnsafeRawBufferPointer {
    guard let bytes = section(tag) else { throw .malformed("missing section \(tag)") }
    return bytes
  }

  /// A section viewed as an array of fixed-width integers. Sections are 8-byte aligned, and the stored
  /// integers are little-endian, which is the byte order of every platform this package supports.
  public func requiredArray<T: FixedWidthInteger>(_ tag: ResourceTag, of type: T.Type) throws(ResourceError)
    -> UnsafeBufferPointer<T>
  {
    let bytes = try requiredSection(tag)
    guard bytes.count % MemoryLayout<T>.stride == 0 else {
      throw .malformed("section \(tag) is not a whole number of \(MemoryLayout<T>.size)-byte values")
    }
    guard let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(
      start: base.assumingMemoryBound(to: T.self), count: bytes.count / MemoryLayout<T>.stride)
  }
}
