import CICUShim

/// Unicode services from the system ICU library.
public enum ICU {
  /// The version of the ICU library in use, such as `"72.1"`.
  public static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    ctx_icu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether the scalar's Unicode Script property is Han.
  public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    ctx_icu_is_han(scalar.value) == 1
  }

  /// The Unicode normalisation forms ICU provides.
  public enum NormalizationForm: Int32, Sendable {
    /// Canonical composition.
    case nfc = 0
    /// Canonical decomposition.
    case nfd = 1
    /// Compatibility composition: folds full-width forms, ligatures and the like.
    case nfkc = 2
    /// Compatibility decomposition.
    case nfkd = 3
    /// NFKC with case folding.
    case nfkcCaseFold = 4
  }

  /// An ICU failure, with ICU's error code.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's `UErrorCode`.
    public let code: Int32
    /// What was being done.
    public let operation: String
    public var description: String { "ICU \(operation) failed with error \(code)" }
  }

  /// ICU's `U_BUFFER_OVERFLOW_ERROR`.
  static let bufferOverflow: Int32 = 15

  /// Normalises `text` to the given form.
  public static func normalize(_ text: String, form: NormalizationForm) throws(Failure) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return "" }
    var capacity = source.count * 2 + 16
    while true {
      var error: Int32 = 0
      var output = [UInt16](repeating: 0, count: capacity)
      let length = ctx_icu_normalize(form.rawValue, source, Int32(source.count), &output, Int32(capacity), &error)
      if error == bufferOverflow || Int(length) > capacity {
        capacity = Int(length) + 16
        continue
      }
      if error > 0 { throw Failure(code: error, operation: "normalization") }
      return String(decoding: output.prefix(Int(length)), as: UTF16.self)
    }
  }
}
