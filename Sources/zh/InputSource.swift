/// Where a command reads text from: a file, or standard input.
enum InputSource: Equatable, Sendable {
  /// The process's standard input.
  case standardInput
  /// A file at a path.
  case file(String)

  /// The source a command-line argument names: `-` is standard input, anything else a file path.
  init(argument: String) {
    self = argument == "-" ? .standardInput : .file(argument)
  }

  /// The sources the file arguments of a command name, in order; standard input when there are none.
  static func sources(for arguments: [String]) -> [InputSource] {
    arguments.isEmpty ? [.standardInput] : arguments.map(InputSource.init(argument:))
  }

  /// The name used in messages: the path, or `<stdin>`.
  var displayName: String {
    switch self {
    case .standardInput: "<stdin>"
    case .file(let path): path
    }
  }
}
