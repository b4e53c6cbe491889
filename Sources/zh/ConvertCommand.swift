import ArgumentParser
import ChineseText

/// `zh convert`: converts files or standard input with one of OpenCC's configurations.
///
/// Input is read and converted in chunks and written as it goes, so memory stays bounded for inputs of any
/// size; the output is byte for byte what ``Converter/convert(_:)`` makes from each whole input. Each input
/// is converted on its own, and the results are concatenated.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert Chinese text between Simplified and Traditional scripts and regional standards.",
    discussion: """
      Reads the files in order (standard input when none is given, or for '-') and writes the converted text \
      to standard output or --output. An input that cannot be read or is not UTF-8 is reported; the other \
      inputs are still converted, and the command exits with status 1.
      """
  )

  private static let configurationNames = ConversionConfiguration.allCases.map(\.name)

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The conversion: \(configurationNames.joined(separator: ", ")).", valueName: "config"),
    completion: .list(configurationNames)
  )
  var config: String

  @Argument(
    help: ArgumentHelp("The files to convert, in order ('-' for standard input).", valueName: "file"),
    completion: .file()
  )
  var files: [String] = []

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
    completion: .file()
  )
  var output: String?

  @Flag(help: "Replace ill-formed UTF-8 with U+FFFD instead of stopping with an error.")
  var lossy = false

  @Flag(help: "Leave out the Traditional-to-Simplified characters that common fonts may lack.")
  var excludeTofuRisk = false

  @Option(
    name: .customLong("rule"),
    help: ArgumentHelp(
      "A conversion that overrides the dictionaries, such as 鼠标=滑鼠 (repeatable; wins over --rules-file).",
      valueName: "key=value")
  )
  var rules: [String] = []

  @Option(
    help: ArgumentHelp(
      "A file of rules, one 'key<TAB>value' a line; blank lines and lines starting with '#' are ignored.",
      valueName: "file"),
    completion: .file()
  )
  var rulesFile: String?

  func run() throws {
    let allSucceeded = try Diagnostics.reportingFailures { () throws(CommandFailure) -> Bool in
      let converter = try makeConverter()
      let sources = InputSource.sources(for: files)
      let writer = try makeWriter(for: sources)
      let succeeded = try Diagnostics.processEach(sources) { source throws(CommandFailure) in
        do throws(CommandFailure) {
          try convert(source, with: converter, to: writer)
        } catch {
          // Keep what was converted before an input's failure ahead of its message.
          if error.scope == .input { try writer.flush() }
          throw error
        }
      }
      try writer.flush()
      return succeeded
    }
    if !allSucceeded { throw ExitCode.failure }
  }

  /// The converter for the options, with the user rules of `--rules-file` and then `--rule`.
  private func makeConverter() throws(CommandFailure) -> Converter {
    let configuration: ConversionConfiguration
    do throws(ConversionError) {
      configuration = try ConversionConfiguration(name: config)
    } catch {
      throw .usage(error.description)
    }
    var userRules: [String: String] = [:]
    if let rulesFile {
      for rule in try UserRuleParser.rules(fromFileAt: rulesFile) { userRules[rule.key] = rule.value }
    }
    for argument in rules {
      let rule = try UserRuleParser.rule(fromArgument: argument)
      userRules[rule.key] = rule.value
    }
    do throws(ConversionError) {
      return try Converter(
        configuration, options: Converter.Options(includesTofuRiskCharacters: !excludeTofuRisk),
        userRules: userRules)
    } catch {
      switch error {
      case .resource(let resourceError):
        throw CommandFailure("cannot load the conversion dictionaries: \(resourceError)")
      case .invalidUserRule, .unknownConfiguration:
        throw .usage(error.description)
      case .invalidUTF8:
        throw CommandFailure(error.description)
      }
    }
  }

  /// The writer for `--output` or standard output. Refuses an output file that is also an input, which
  /// opening the output would truncate before it is read.
  private func makeWriter(for sources: [InputSource]) throws(CommandFailure) -> OutputWriter {
    guard let output else { return .standardOutput() }
    if let outputIdentity = FileIdentity(path: output) {
      for case .file(let path) in sources where FileIdentity(path: path) == outputIdentity {
        throw CommandFailure("\(path) is both an input and the output file")
      }
    }
    return try OutputWriter(creatingFileAt: output)
  }

  /// Converts one input with its own stream and writes the result as it goes.
  private func convert(
    _ source: InputSource, with converter: Converter, to writer: OutputWriter
  ) throws(CommandFailure) {
    let input = try ChunkedInput(opening: source)
    var stream = ConversionStream(
      converter: converter, invalidInputPolicy: lossy ? .substituteReplacementCharacter : .reject)
    var converted: [UInt8] = []
    // Whatever was converted before an error is written before the error is reported.
    func flush() throws(CommandFailure) {
      try writer.write(converted)
      converted.removeAll(keepingCapacity: true)
    }
    try input.forEachChunk { chunk throws(CommandFailure) in
      let result = Result { () throws(ConversionError) in try stream.convert(chunk, appendingTo: &converted) }
      try flush()
      try Self.attributing(to: source) { () throws(ConversionError) in try result.get() }
    }
    let result = Result { () throws(ConversionError) in try stream.finish(appendingTo: &converted) }
    try flush()
    try Self.attributing(to: source) { () throws(ConversionError) in try result.get() }
  }

  /// Runs `body`, turning a conversion error into a failure of `source` alone, such as
  /// `FILE: invalid UTF-8 at byte offset 12`.
  private static func attributing<Result>(
    to source: InputSource, _ body: () throws(ConversionError) -> Result
  ) throws(CommandFailure) -> Result {
    do throws(ConversionError) {
      return try body()
    } catch {
      throw CommandFailure("\(source.displayName): \(error.description)", scope: .input)
    }
  }
}
