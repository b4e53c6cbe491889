import ArgumentParser
import Foundation

/// Writes the tool's messages to standard error and turns failures into exit statuses.
enum Diagnostics {
  /// Writes `zh: <message>` and a line break to standard error.
  static func report(_ failure: CommandFailure) {
    report(failure.message)
  }

  /// Writes `zh: <message>` and a line break to standard error.
  static func report(_ message: String) {
    let bytes = Array("zh: \(message)\n".utf8)
    // Nothing useful can be done when standard error itself cannot be written.
    _ = bytes.withUnsafeBufferPointer { writeFully($0, to: STDERR_FILENO) }
  }

  /// Runs `body`; when it throws a ``CommandFailure``, reports it and throws the failure's exit status.
  static func reportingFailures<Result>(_ body: () throws(CommandFailure) -> Result) throws(ExitCode) -> Result {
    do throws(CommandFailure) {
      return try body()
    } catch {
      report(error)
      throw error.exitCode
    }
  }

  /// Calls `body` for each source in order. A failure confined to one input (``CommandFailure/Scope/input``)
  /// is reported and the next source is processed; any other failure is rethrown at once.
  ///
  /// - Returns: whether every source was processed without a failure.
  static func processEach(
    _ sources: [InputSource], _ body: (InputSource) throws(CommandFailure) -> Void
  ) throws(CommandFailure) -> Bool {
    var succeeded = true
    for source in sources {
      do throws(CommandFailure) {
        try body(source)
      } catch {
        guard error.scope == .input else { throw error }
        report(error)
        succeeded = false
      }
    }
    return succeeded
  }
}
