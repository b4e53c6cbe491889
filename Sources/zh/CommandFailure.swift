import ArgumentParser
import Foundation

/// A failure that a subcommand reports as `zh: <message>` on standard error.
struct CommandFailure: Error, CustomStringConvertible {
  /// How much of the command's work a failure stops.
  enum Scope: Sendable {
    /// The current input only: the command reports it, goes on with the next input and exits with status 1.
    case input
    /// The whole command: it stops and exits with ``CommandFailure/exitCode``.
    case command
  }

  /// What went wrong, without the `zh: ` prefix.
  var message: String
  /// How much of the work the failure stops.
  var scope: Scope
  /// The status the process exits with.
  var exitCode: ExitCode

  /// Creates a failure; by default it stops the command with exit status 1.
  init(_ message: String, scope: Scope = .command, exitCode: ExitCode = .failure) {
    self.message = message
    self.scope = scope
    self.exitCode = exitCode
  }

  var description: String { message }

  /// An input file or standard input that cannot be opened or read.
  static func cannotRead(_ name: String, errorNumber: Int32) -> CommandFailure {
    CommandFailure("cannot read \(name): \(systemErrorDescription(errorNumber))", scope: .input)
  }

  /// An output file or standard output that cannot be opened or written.
  static func cannotWrite(_ name: String, errorNumber: Int32) -> CommandFailure {
    CommandFailure("cannot write \(name): \(systemErrorDescription(errorNumber))")
  }

  /// A bad command-line argument, with the status ArgumentParser uses for usage errors (64).
  static func usage(_ message: String) -> CommandFailure {
    CommandFailure(message, exitCode: .validationFailure)
  }
}

/// The system's description of an `errno` value, such as "No such file or directory".
func systemErrorDescription(_ errorNumber: Int32) -> String {
  guard let description = strerror(errorNumber) else { return "error \(errorNumber)" }
  return String(cString: description)
}
