import ArgumentParser

@main
struct Evaluation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chinesetext-eval",
    abstract: "Evaluate ChineseText against the reference data in ../shared/eval.",
    subcommands: [OpenCCEvaluation.self, SeedEvaluation.self])
}
