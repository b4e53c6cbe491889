import ArgumentParser
import Foundation
import ResourceCompiler

/// Compiles the OpenCC dictionaries in `../shared/dictionaries/opencc` into the package's resource, or
/// checks that the committed resource is exactly what the compiler makes.
@main
struct ResourceGenerator: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chinesetext-resources",
    abstract: "Compile the package's dictionary resources from their sources.",
    subcommands: [Build.self, Verify.self])

  struct Options: ParsableArguments {
    @Option(help: "The OpenCC data folder (holding data/config and data/dictionary).")
    var opencc = "../shared/dictionaries/opencc"

    @Option(help: "The compiled conversion resource.")
    var output = "Sources/ChineseConversion/Resources/Conversion.ctres"
  }

  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile and write the resource.")
    @OptionGroup var options: Options

    func run() throws {
      let start = Date()
      let bytes = try ConversionResourceCompiler(openccFolder: URL(fileURLWithPath: options.opencc)).compile()
      try Data(bytes).write(to: URL(fileURLWithPath: options.output))
      print(
        "wrote \(options.output): \(bytes.count) bytes in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
    }
  }

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compile in memory and check that the committed resource is identical.")
    @OptionGroup var options: Options

    func run() throws {
      let bytes = try ConversionResourceCompiler(openccFolder: URL(fileURLWithPath: options.opencc)).compile()
      guard let committed = FileManager.default.contents(atPath: options.output) else {
        throw ValidationError("cannot read \(options.output)")
      }
      guard Array(committed) == bytes else {
        print(
          "MISMATCH: \(options.output) (\(committed.count) bytes) differs from the compiler's output (\(bytes.count) bytes)"
        )
        throw ExitCode(1)
      }
      print("ok: \(options.output) is identical to the compiler's output (\(bytes.count) bytes)")
    }
  }
}
