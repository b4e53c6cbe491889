/// Why a compiled resource could not be used.
///
/// Loading validates the header, the section table and the checksum, so a damaged resource is reported with
/// one of these cases instead of crashing later.
public enum ResourceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The resource file was not found where it should be (for a bundled resource: next to the executable).
  case notFound(String)
  /// The file exists but could not be opened or mapped.
  case unreadable(path: String, reason: String)
  /// The file is shorter than its header says (or than a header).
  case truncated(expectedBytes: Int, actualBytes: Int)
  /// The file does not start with the resource signature.
  case badSignature
  /// The file was written by an incompatible version of the compiler.
  case unsupportedVersion(found: UInt32, supported: UInt32)
  /// The file holds another kind of resource.
  case wrongKind(expected: UInt32, found: UInt32)
  /// The stored checksum does not match the contents.
  case checksumMismatch(stored: UInt64, computed: UInt64)
  /// The structure is inconsistent (a section out of bounds, an index out of range, …).
  case malformed(String)

  public var description: String {
    switch self {
    case .notFound(let what): "resource not found: \(what)"
    case .unreadable(let path, let reason): "cannot read resource \(path): \(reason)"
    case .truncated(let expected, let actual):
      "resource is truncated: \(actual) bytes where \(expected) were expected"
    case .badSignature: "not a ChineseText resource (bad signature)"
    case .unsupportedVersion(let found, let supported):
      "resource format version \(found) is not supported (this build reads version \(supported))"
    case .wrongKind(let expected, let found): "resource kind \(found) where kind \(expected) was expected"
    case .checksumMismatch(let stored, let computed):
      "resource is corrupt: checksum \(String(computed, radix: 16)) does not match the stored \(String(stored, radix: 16))"
    case .malformed(let detail): "resource is malformed: \(detail)"
    }
  }
}
