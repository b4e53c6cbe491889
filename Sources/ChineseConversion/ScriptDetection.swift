import ChineseTextCore

/// Which Chinese script a text is written in.
public enum DetectedScript: String, Sendable, Hashable, Codable {
  /// Simplified characters only (beyond those common to both scripts).
  case simplified
  /// Traditional characters only.
  case traditional
  /// A real mixture of both.
  case mixed
  /// No character that tells the scripts apart (no Han text, or only characters common to both).
  case none
}

/// The result of script detection, with the counts behind it.
public struct ScriptDetection: Sendable, Hashable, Codable {
  /// The verdict.
  public let script: DetectedScript
  /// Han characters that occur only in Simplified text.
  public let simplifiedCount: Int
  /// Han characters that occur only in Traditional text.
  public let traditionalCount: Int
  /// All Han characters (Unicode Script=Han, by ICU), distinguishing or not.
  public let hanCount: Int

  /// The share of the minority script among distinguishing characters up to which a text still counts as
  /// written in the majority script (stray characters from quotations, names, or dictionary gaps).
  public static let mixtureThreshold = 0.1

  init(simplifiedCount: Int, traditionalCount: Int, hanCount: Int) {
    self.simplifiedCount = simplifiedCount
    self.traditionalCount = traditionalCount
    self.hanCount = hanCount
    let distinguishing = simplifiedCount + traditionalCount
    if distinguishing == 0 {
      script = .none
    } else if Double(min(simplifiedCount, traditionalCount)) / Double(distinguishing) <= Self.mixtureThreshold {
      script = simplifiedCount > traditionalCount ? .simplified : .traditional
    } else {
      script = .mixed
    }
  }
}

/// Tells Simplified from Traditional text by the characters that exist in only one of the scripts, as given
/// by OpenCC's character tables.
public struct ScriptDetector: Sendable {
  let tables: ConversionTables

  /// A detector over the bundled tables.
  public init() throws(ConversionError) {
    tables = try BundledResource.tables.mapError()
  }

  init(tables: ConversionTables) { self.tables = tables }

  /// Counts the distinguishing characters of `text` and gives a verdict.
  public func detect(_ text: some StringProtocol) -> ScriptDetection {
    var simplified = 0
    var traditional = 0
    var han = 0
    for scalar in text.unicodeScalars {
      if scalar.value < 0x2E80 { continue }
      switch tables.scriptClass(of: scalar.value) {
      case .simplified: simplified += 1
      case .traditional: traditional += 1
      case .neutral: break
      }
      if ICU.isHan(scalar) { han += 1 }
    }
    return ScriptDetection(simplifiedCount: simplified, traditionalCount: traditional, hanCount: han)
  }
}

extension Result where Failure == ResourceError {
  func mapError() throws(ConversionError) -> Success {
    switch self {
    case .success(let value): return value
    case .failure(let error): throw .resource(error)
    }
  }
}
