import ChineseTextCore

/// Errors of the conversion API.
public enum ConversionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No configuration has this name; `valid` lists the names that exist.
  case unknownConfiguration(String, valid: [String])
  /// The compiled dictionaries could not be loaded.
  case resource(ResourceError)
  /// A user rule cannot be used (an empty key or value).
  case invalidUserRule(key: String, reason: String)
  /// Input bytes are not UTF-8; `byteOffset` is the first byte that is not.
  case invalidUTF8(byteOffset: Int)

  public var description: String {
    switch self {
    case .unknownConfiguration(let name, let valid):
      "unknown configuration '\(name)'; valid configurations: \(valid.joined(separator: ", "))"
    case .resource(let error): error.description
    case .invalidUserRule(let key, let reason): "invalid user rule '\(key)': \(reason)"
    case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
    }
  }
}
