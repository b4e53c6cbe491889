import Foundation

/// The device and inode of an existing regular file, which tell whether two paths name the same file.
struct FileIdentity: Equatable {
  private let device: UInt64
  private let inode: UInt64

  /// The identity of the regular file at `path`, or `nil` when there is none (or it is not a regular file).
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}
