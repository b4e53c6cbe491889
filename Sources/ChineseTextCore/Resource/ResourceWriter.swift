/// Assembles a compiled resource from named sections.
public struct ResourceWriter {
  private var sections: [(tag: ResourceTag, bytes: [UInt8])] = []
  private let kind: UInt32

  /// Creates a writer for a resource of the given kind.
  public init(kind: UInt32) { self.kind = kind }

  /// Appends a section of raw bytes.
  public mutating func add(_ tag: ResourceTag, bytes: [UInt8]) {
    precondition(!sections.contains { $0.tag == tag }, "duplicate section \(tag)")
    sections.append((tag, bytes))
  }

  /// Appends a section holding an array of fixed-width integers, little-endian.
  public mutating func add<T: FixedWidthInteger>(_ tag: ResourceTag, values: [T]) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.count * MemoryLayout<T>.size)
    for value in values {
      var little = value.littleEndian
      withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
    }
    add(tag, bytes: bytes)
  }

  /// The finished resource, checksum included.
  public func finish() -> [UInt8] {
    let directorySize = sections.count * ResourceLayout.directoryEntrySize
    var offset = align(ResourceLayout.headerSize + directorySize)
    var entries: [(ResourceTag, Int, Int)] = []
    for section in sections {
      entries.append((section.tag, offset, section.bytes.count))
      offset = align(offset + section.bytes.count)
    }
    var output = [UInt8](repeating: 0, count: offset)
    output.replaceSubrange(0..<8, with: ResourceLayout.signature)
    store(ResourceLayout.formatVersion, at: ResourceLayout.versionOffset, in: &output)
    store(kind, at: ResourceLayout.kindOffset, in: &output)
    store(UInt64(offset), at: ResourceLayout.lengthOffset, in: &output)
    store(UInt32(sections.count), at: ResourceLayout.sectionCountOffset, in: &output)
    for (index, entry) in entries.enumerated() {
      let base = ResourceLayout.headerSize + index * ResourceLayout.directoryEntrySize
      store(entry.0.rawValue, at: base, in: &output)
      store(UInt64(entry.1), at: base + 8, in: &output)
      store(UInt64(entry.2), at: base + 16, in: &output)
      output.replaceSubrange(entry.1..<(entry.1 + entry.2), with: sections[index].bytes)
    }
    let checksum = output.withUnsafeBytes { ResourceChecksum.ofResource($0) }
    store(checksum, at: ResourceLayout.checksumOffset, in: &output)
    return output
  }

  private func align(_ value: Int) -> Int {
    (value + ResourceLayout.sectionAlignment - 1) / ResourceLayout.sectionAlignment * ResourceLayout.sectionAlignment
  }

  private func store<T: FixedWidthInteger>(_ value: T, at offset: Int, in bytes: inout [UInt8]) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { raw in
      for (index, byte) in raw.enumerated() { bytes[offset + index] = byte }
    }
  }
}
