import Foundation

/// Writes raw bytes to standard output or a file through a buffer, with `write(2)`.
///
/// Small pieces are gathered into the buffer; a piece at least as large as the buffer is written directly.
/// Call ``flush()`` when done: buffered bytes are not written when the writer is released.
final class OutputWriter {
  /// The default buffer size, 256 KiB.
  static let defaultBufferSize = 256 * 1024

  /// The name used in messages: the path, or `<stdout>`.
  let displayName: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8] = []
  private let bufferSize: Int

  /// A writer to standard output.
  static func standardOutput(bufferSize: Int = defaultBufferSize) -> OutputWriter {
    OutputWriter(descriptor: STDOUT_FILENO, ownsDescriptor: false, displayName: "<stdout>", bufferSize: bufferSize)
  }

  /// Creates or truncates the file at `path` and makes a writer to it.
  /// - Throws: ``CommandFailure/cannotWrite(_:errorNumber:)`` when the file cannot be opened for writing.
  convenience init(creatingFileAt path: String, bufferSize: Int = defaultBufferSize) throws(CommandFailure) {
    var opened: Int32
    repeat { opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666) } while opened < 0 && errno == EINTR
    guard opened >= 0 else { throw .cannotWrite(path, errorNumber: errno) }
    self.init(descriptor: opened, ownsDescriptor: true, displayName: path, bufferSize: bufferSize)
  }

  private init(descriptor: Int32, ownsDescriptor: Bool, displayName: String, bufferSize: Int) {
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
    self.displayName = displayName
    self.bufferSize = max(bufferSize, 1)
    buffer.reserveCapacity(self.bufferSize)
  }

  /// Closes a file the writer opened; buffered bytes that were not flushed are lost.
  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Appends `bytes` to the output.
  /// - Throws: ``CommandFailure/cannotWrite(_:errorNumber:)`` when writing fails.
  func write(_ bytes: [UInt8]) throws(CommandFailure) {
    if buffer.count + bytes.count <= bufferSize {
      buffer.append(contentsOf: bytes)
      return
    }
    try flush()
    if bytes.count < bufferSize {
      buffer.append(contentsOf: bytes)
    } else {
      try bytes.withUnsafeBufferPointer { bytes throws(CommandFailure) in try writeAll(bytes) }
    }
  }

  /// Writes out what is buffered.
  /// - Throws: ``CommandFailure/cannotWrite(_:errorNumber:)`` when writing fails.
  func flush() throws(CommandFailure) {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBufferPointer { bytes throws(CommandFailure) in try writeAll(bytes) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws(CommandFailure) {
    let errorNumber = writeFully(bytes, to: descriptor)
    if errorNumber != 0 { throw .cannotWrite(displayName, errorNumber: errorNumber) }
  }
}
