/// The byte layout shared by the resource writer and reader.
///
/// ```
/// header (48 bytes)   signature "CTEXTRES", format version, kind, file length, checksum, section count
/// directory           24 bytes a section: tag, reserved, offset, length
/// sections            each starting on an 8-byte boundary
/// ```
/// All integers are little-endian. The checksum covers every byte, the checksum field read as zeros.
public enum ResourceLayout {
  /// The first eight bytes of every resource.
  public static let signature: [UInt8] = Array("CTEXTRES".utf8)
  /// The format version this build reads and writes.
  public static let formatVersion: UInt32 = 1
  /// Size of the fixed header.
  public static let headerSize = 48
  /// Size of one directory entry.
  public static let directoryEntrySize = 24
  /// Alignment of every section.
  public static let sectionAlignment = 8

  public static let versionOffset = 8
  public static let kindOffset = 12
  public static let lengthOffset = 16
  public static let checksumOffset = 24
  public static let sectionCountOffset = 32
}
