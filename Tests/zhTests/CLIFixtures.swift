import Foundation

/// The test inputs in `Fixtures/cli`.
enum CLIFixtures {
  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// `Fixtures/cli`, the working folder of every run, so that fixtures can be named by file name.
  static let folder = packageRoot.appendingPathComponent("Fixtures/cli")

  /// The bytes of a fixture.
  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The text of a fixture.
  static func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }
}
