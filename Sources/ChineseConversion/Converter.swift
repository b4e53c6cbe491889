import ChineseTextCore
import Foundation

/// Converts Chinese text between scripts and regional standards with OpenCC's dictionaries and rules.
///
/// A converter is an immutable value over dictionaries that are memory-mapped once per process and shared;
/// making one is cheap and it is safe to use from many tasks at once.
///
/// ```swift
/// let converter = try Converter(.s2twp)
/// converter.convert("鼠标和软件")          // "滑鼠和軟體"
/// for span in converter.convertWithSpans("头发").spans where span.isChanged {
///   print(span.sourceUTF8Offsets, span.source, "→", span.replacement)
/// }
/// ```
///
/// Only dictionary matches change text: Latin letters, digits, punctuation, emoji, whitespace and line
/// endings are copied byte for byte, except inside a whole-phrase vocabulary entry of the phrase
/// configurations that contains them (such as `U盘` → `隨身碟` in s2twp).
public struct Converter: Sendable {
  /// Options that change which dictionaries take part.
  public struct Options: Sendable, Hashable {
    /// Whether to use the Traditional→Simplified characters that common fonts may lack (OpenCC's
    /// `TSCharactersExt`, “tofu risk”). OpenCC's own test suite expects them, so they are on by default;
    /// turn them off for text that must display with mainstream fonts.
    public var includesTofuRiskCharacters: Bool

    /// Creates options.
    public init(includesTofuRiskCharacters: Bool = true) {
      self.includesTofuRiskCharacters = includesTofuRiskCharacters
    }
  }

  /// The configuration this converter applies.
  public let configuration: ConversionConfiguration
  /// The options in effect.
  public let options: Options
  let pipeline: ConversionPipeline
  let rules: UserRules

  /// Makes a converter for a configuration, over the bundled dictionaries.
  ///
  /// - Parameters:
  ///   - configuration: the OpenCC configuration to apply.
  ///   - options: dictionary options.
  ///   - userRules: conversions that override the dictionaries, such as `["鼠标": "滑鼠"]`.
  /// - Throws: ``ConversionError/resource(_:)`` when the bundled dictionaries cannot be loaded;
  ///   ``ConversionError/invalidUserRule(key:reason:)`` for an empty key or value.
  public init(
    _ configuration: ConversionConfiguration, options: Options = Options(), userRules: [String: String] = [:]
  ) throws(ConversionError) {
    try self.init(
      configuration, options: options, userRules: userRules, tables: BundledResource.tables.mapError())
  }

  /// Makes a converter over a compiled resource file (as written by `chinesetext-resources`).
  public init(
    _ configuration: ConversionConfiguration, options: Options = Options(), userRules: [String: String] = [:],
    resourceFile path: String
  ) throws(ConversionError) {
    let tables: ConversionTables
    do { tables = try ConversionTables(contentsOfFile: path) } catch { throw .resource(error) }
    try self.init(configuration, options: options, userRules: userRules, tables: tables)
  }

  /// Makes a converter from a configuration name such as `"s2twp"`.
  /// - Throws: ``ConversionError/unknownConfiguration(_:valid:)`` listing the valid names.
  public init(configurationName: String, options: Options = Options(), userRules: [String: String] = [:])
    throws(ConversionError)
  {
    try self.init(ConversionConfiguration(name: configurationName), options: options, userRules: userRules)
  }

  package init(
    _ configuration: ConversionConfiguration, options: Options = Options(), userRules: [String: String] = [:],
    tables: ConversionTables
  ) throws(ConversionError) {
    guard let record = tables.configurations[configuration.rawValue] else {
      throw .resource(.malformed("the resource has no configuration \(configuration.rawValue)"))
    }
    self.configuration = configuration
    self.options = options
    pipeline = ConversionPipeline(
      tables: tables, record: record, includesTofuRisk: options.includesTofuRiskCharacters)
    rules = try UserRules(userRules)
  }

  /// The path of the bundled compiled dictionaries, or `nil` when they cannot be found. Loading them from
  /// this path with ``init(_:options:userRules:resourceFile:)`` maps and validates them afresh.
  public static var bundledResourcePath: String? {
    BundledResource.candidatePaths().first { FileManager.default.fileExists(atPath: $0) }
  }

  /// Converts `text`.
  public func convert(_ text: some StringProtocol) -> String {
    withUTF8(of: text) { bytes in
      let output = ByteBuffer(capacity: bytes.count + bytes.count / 8 + 16)
      _ = convert(bytes, into: output, as: NoAlignment.self)
      return output.string()
    }
  }

  /// Converts `text` and returns the runs that map the result back to it.
  public func convertWithSpans(_ text: String) -> ConvertedText {
    convertWithSpans(text[...])
  }

  /// Converts `text` and returns the runs that map the result back to it. The spans' sources are slices of
  /// the string `text` is a slice of.
  public func convertWithSpans(_ text: Substring) -> ConvertedText {
    let (converted, alignment) = withUTF8(of: text) { bytes in
      let output = ByteBuffer(capacity: bytes.count + bytes.count / 8 + 16)
      let alignment = convert(bytes, into: output, as: Alignment.self)
      return (output.string(), alignment)
    }
    return ConvertedText(
      converted: converted, spans: SpanBuilder.spans(source: text, converted: converted, alignment: alignment))
  }

  /// Counts the characters of each script in `text`.
  public func detectScript(in text: some StringProtocol) -> ScriptDetection {
    ScriptDetector(tables: pipeline.tables).detect(text)
  }

  /// Converts UTF-8 bytes that are known to be valid (a `String`'s contents), appending to `output`.
  func convert<Recorder: AlignmentRecorder>(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: ByteBuffer, as recorder: Recorder.Type
  ) -> Recorder {
    if rules.isEmpty { return pipeline.convert(bytes, into: output, as: recorder) }
    var total = Recorder()
    var gapStart = 0
    var index = 0
    while index <= bytes.count {
      let match = index < bytes.count ? rules.match(bytes, at: index) : nil
      if match != nil || index == bytes.count, index > gapStart {
        let gap = UnsafeBufferPointer(rebasing: bytes[gapStart..<index])
        total.append(pipeline.convert(gap, into: output, as: recorder))
      }
      guard index < bytes.count else { break }
      if let match {
        match.value.withUnsafeBufferPointer { output.append($0) }
        var single = Recorder()
        single.mark(input: match.end - index, output: match.value.count)
        total.append(single)
        index = match.end
        gapStart = index
      } else {
        index += UTF8Scalars.length(lead: bytes[index])
      }
    }
    return total
  }
}

/// Calls `body` with the UTF-8 bytes of `text`, copying only when the string is not stored contiguously.
func withUTF8<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
  if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
  let bytes = Array(text.utf8)
  return bytes.withUnsafeBufferPointer(body)
}
