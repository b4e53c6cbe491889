import Foundation

/// Reads an ``InputSource`` in chunks of at most a fixed size with `read(2)`, so that memory stays bounded
/// however large the input is.
final class ChunkedInput {
  /// The default chunk size, 256 KiB.
  static let defaultChunkSize = 256 * 1024

  /// The source being read.
  let source: InputSource
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8]

  /// Opens `source` for reading.
  /// - Throws: ``CommandFailure/cannotRead(_:errorNumber:)`` when the file cannot be opened.
  init(opening source: InputSource, chunkSize: Int = ChunkedInput.defaultChunkSize) throws(CommandFailure) {
    self.source = source
    switch source {
    case .standardInput:
      descriptor = STDIN_FILENO
      ownsDescriptor = false
    case .file(let path):
      var opened: Int32
      repeat { opened = open(path, O_RDONLY) } while opened < 0 && errno == EINTR
      guard opened >= 0 else { throw .cannotRead(source.displayName, errorNumber: errno) }
      descriptor = opened
      ownsDescriptor = true
    }
    buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Calls `body` with each chunk of the input in order, until the end of the input.
  ///
  /// The chunk is valid only during the call.
  /// - Throws: ``CommandFailure/cannotRead(_:errorNumber:)`` when reading fails (for example, when the path
  ///   names a directory), or what `body` throws.
  func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws(CommandFailure) -> Void) throws(CommandFailure) {
    while true {
      let (count, errorNumber) = buffer.withUnsafeMutableBytes { bytes -> (Int, Int32) in
        var result: Int
        repeat { result = read(descriptor, bytes.baseAddress, bytes.count) } while result < 0 && errno == EINTR
        return (result, result < 0 ? errno : 0)
      }
      if count < 0 { throw .cannotRead(source.displayName, errorNumber: errorNumber) }
      if count == 0 { return }
      try buffer.withUnsafeBufferPointer { bytes throws(CommandFailure) in
        try body(UnsafeBufferPointer(rebasing: bytes[0..<count]))
      }
    }
  }
}
