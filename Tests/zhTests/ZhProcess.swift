import Foundation

/// What a run of the `zh` executable produced.
struct ZhResult {
  /// The exit status.
  var status: Int32
  /// The bytes written to standard output.
  var output: [UInt8]
  /// What was written to standard error, decoded as UTF-8.
  var errorText: String

  /// Standard output decoded as UTF-8.
  var outputText: String { String(decoding: output, as: UTF8.self) }
}

/// Runs the built `zh` executable as a subprocess.
enum ZhProcess {
  /// Where the executable was found, or a description of where it was looked for.
  static let executable: Result<URL, LookupFailure> = locateExecutable()

  /// The failure to find the executable, naming every path tried.
  struct LookupFailure: Error, CustomStringConvertible {
    var candidates: [String]
    var description: String {
      "the zh executable was not found (build it with `swift build --product zh`, or set ZH_EXECUTABLE); "
        + "looked in: \(candidates.joined(separator: ", "))"
    }
  }

  /// Runs `zh` with `arguments`, feeding `input` to standard input (an empty input when `nil`).
  ///
  /// Standard input, output and error go through temporary files, so no pipe can fill up and block either
  /// process whatever the sizes involved.
  static func run(_ arguments: [String], input: [UInt8]? = nil) throws -> ZhResult {
    let folder = try TemporaryFolder()
    let inputFile = folder.url.appendingPathComponent("stdin")
    try Data(input ?? []).write(to: inputFile)
    return try run(arguments, inputFile: inputFile, scratch: folder)
  }

  /// Runs `zh` with `arguments`, with standard input read from `inputFile`.
  static func run(_ arguments: [String], inputFile: URL) throws -> ZhResult {
    try run(arguments, inputFile: inputFile, scratch: TemporaryFolder())
  }

  private static func run(_ arguments: [String], inputFile: URL, scratch: TemporaryFolder) throws -> ZhResult {
    let outputFile = scratch.url.appendingPathComponent("stdout")
    let errorFile = scratch.url.appendingPathComponent("stderr")
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    let process = Process()
    process.executableURL = try executable.get()
    process.arguments = arguments
    process.currentDirectoryURL = CLIFixtures.folder
    let standardInput = try FileHandle(forReadingFrom: inputFile)
    let standardOutput = try FileHandle(forWritingTo: outputFile)
    let standardError = try FileHandle(forWritingTo: errorFile)
    defer {
      try? standardInput.close()
      try? standardOutput.close()
      try? standardError.close()
    }
    process.standardInput = standardInput
    process.standardOutput = standardOutput
    process.standardError = standardError
    try process.run()
    process.waitUntilExit()
    return ZhResult(
      status: process.terminationStatus,
      output: Array(try Data(contentsOf: outputFile)),
      errorText: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }

  private static func locateExecutable() -> Result<URL, LookupFailure> {
    var folders: [URL] = []
    // The test runner lives in the build's products folder, next to the executables.
    folders.append(Bundle.main.bundleURL)
    folders.append(
      contentsOf: Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map {
        $0.bundleURL.deletingLastPathComponent()
      })
    if let runner = CommandLine.arguments.first, runner.contains("/") {
      folders.append(URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent())
    }
    // A last resort for runners that start elsewhere: the default build folder of the package.
    folders.append(CLIFixtures.packageRoot.appendingPathComponent(".build/debug"))
    var candidates = folders.map { $0.appendingPathComponent("zh").path }
    if let override = ProcessInfo.processInfo.environment["ZH_EXECUTABLE"], !override.isEmpty {
      candidates.insert(override, at: 0)
    }
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
      return .success(URL(fileURLWithPath: candidate))
    }
    return .failure(LookupFailure(candidates: candidates))
  }
}
