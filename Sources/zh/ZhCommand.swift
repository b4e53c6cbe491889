import ArgumentParser

/// The `zh` command-line tool: Chinese text processing on files and standard input.
///
/// Each capability is a subcommand, such as `zh convert --config s2t`.
@main
struct ZhCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zh",
    abstract: "Process Chinese text: convert between Simplified and Traditional scripts and regional standards.",
    version: "0.1.0",
    subcommands: [ConvertCommand.self]
  )
}
