import Foundation

/// Writes all of `bytes` to a file descriptor with `write(2)`, retrying after partial writes and interruptions.
///
/// - Returns: `0` on success, or the `errno` value of the write that failed.
func writeFully(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
  guard let base = bytes.baseAddress else { return 0 }
  var written = 0
  while written < bytes.count {
    let result = write(descriptor, base + written, bytes.count - written)
    if result < 0 {
      let errorNumber = errno
      if errorNumber == EINTR { continue }
      return errorNumber
    }
    written += result
  }
  return 0
}
