/// One of OpenCC's sixteen conversion configurations, with the same dictionary chain.
public enum ConversionConfiguration: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Simplified → Traditional (OpenCC standard).
  case s2t
  /// Traditional (OpenCC standard) → Simplified.
  case t2s
  /// Simplified → Traditional, Taiwan standard characters.
  case s2tw
  /// Traditional, Taiwan standard → Simplified.
  case tw2s
  /// Simplified → Traditional, Taiwan standard with Taiwan vocabulary.
  case s2twp
  /// Traditional, Taiwan standard → Simplified with Mainland vocabulary.
  case tw2sp
  /// Simplified → Traditional, Hong Kong standard characters.
  case s2hk
  /// Traditional, Hong Kong standard → Simplified.
  case hk2s
  /// Simplified → Traditional, Hong Kong standard with Hong Kong vocabulary.
  case s2hkp
  /// Traditional, Hong Kong standard → Simplified with Mainland vocabulary.
  case hk2sp
  /// Traditional (OpenCC standard) → Taiwan standard characters.
  case t2tw
  /// Taiwan standard → Traditional (OpenCC standard).
  case tw2t
  /// Traditional (OpenCC standard) → Hong Kong standard characters.
  case t2hk
  /// Hong Kong standard → Traditional (OpenCC standard).
  case hk2t
  /// Traditional (kyūjitai) → Japanese shinjitai.
  case t2jp
  /// Japanese shinjitai → Traditional (kyūjitai).
  case jp2t

  /// The configuration's OpenCC name, such as `"s2twp"`.
  public var name: String { rawValue }
  public var description: String { rawValue }

  /// Looks a configuration up by its OpenCC name, ignoring case and a trailing `.json`.
  public init(name: String) throws(ConversionError) {
    var key = name.lowercased()
    if key.hasSuffix(".json") { key.removeLast(5) }
    guard let configuration = ConversionConfiguration(rawValue: key) else {
      throw .unknownConfiguration(name, valid: Self.allCases.map(\.rawValue))
    }
    self = configuration
  }
}
