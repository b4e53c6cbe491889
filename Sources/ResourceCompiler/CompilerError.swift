/// Why the dictionary compiler stopped.
public enum CompilerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A source file could not be read.
  case unreadable(String)
  /// A dictionary line is not `key<TAB>values`.
  case malformedLine(file: String, line: Int, text: String)
  /// A configuration file is not what the compiler understands.
  case unsupportedConfiguration(file: String, reason: String)
  /// A key uses more distinct characters than the 16-bit codes can number, or a step too many members.
  case limitExceeded(String)

  public var description: String {
    switch self {
    case .unreadable(let path): "cannot read \(path)"
    case .malformedLine(let file, let line, let text): "\(file):\(line): malformed dictionary line '\(text)'"
    case .unsupportedConfiguration(let file, let reason): "\(file): \(reason)"
    case .limitExceeded(let detail): "limit exceeded: \(detail)"
    }
  }
}
