import ChineseTextCore
import Foundation

/// Finds and loads the compiled conversion resource that ships with the package.
///
/// SwiftPM puts it in a resource bundle next to the executable (`<package>_ChineseConversion.resources` on
/// Linux, `.bundle` on Apple platforms). SwiftPM's generated accessor stops the process when the bundle is
/// missing; this lookup reports ``ResourceError/notFound(_:)`` instead. `CHINESETEXT_RESOURCES` may name a
/// folder that holds `Conversion.ctres`, to run a binary copied away from its bundle.
package enum BundledResource {
  /// The bundled tables, loaded on first use and shared by every converter in the process.
  package static let tables: Result<ConversionTables, ResourceError> = {
    let candidates = candidatePaths()
    for path in candidates where FileManager.default.fileExists(atPath: path) {
      return Result { () throws(ResourceError) in try ConversionTables(contentsOfFile: path) }
    }
    return .failure(
      .notFound(
        "\(ConversionResourceFormat.fileName) (looked in: \(candidates.joined(separator: ", ")); "
          + "set CHINESETEXT_RESOURCES to the folder that holds it)"))
  }()

  static func candidatePaths() -> [String] {
    let file = ConversionResourceFormat.fileName
    var folders: [URL] = []
    if let override = ProcessInfo.processInfo.environment["CHINESETEXT_RESOURCES"], !override.isEmpty {
      folders.append(URL(fileURLWithPath: override))
    }
    var searchRoots: [URL] = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
      searchRoots.append(executable)
    }
    searchRoots.append(contentsOf: Bundle.allBundles.map(\.bundleURL))
    for root in searchRoots {
      for bundle in bundleFolders(in: root) {
        folders.append(bundle)
        folders.append(bundle.appendingPathComponent("Contents/Resources"))
      }
    }
    // A build inside the source tree (tests, `swift run`): the resource next to this file's module.
    let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    folders.append(sourceFolder.appendingPathComponent("Resources"))
    var seen = Set<String>()
    return folders.map { $0.appendingPathComponent(file).path }.filter { seen.insert($0).inserted }
  }

  private static func bundleFolders(in root: URL) -> [URL] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return [] }
    return names.filter {
      $0.hasSuffix("_ChineseConversion.resources") || $0.hasSuffix("_ChineseConversion.bundle")
    }.sorted().map { root.appendingPathComponent($0) }
  }
}
