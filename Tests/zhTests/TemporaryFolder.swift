import Foundation

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
  /// The folder.
  let url: URL

  /// Creates an empty folder under the system's temporary folder.
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zhTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to a file named `name` in the folder and returns its URL.
  func file(_ name: String, contents bytes: [UInt8]) throws -> URL {
    let file = url.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file
  }
}
