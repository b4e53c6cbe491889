import ChineseConversion
import ChineseTextCore
import Foundation

/// Compiles OpenCC's text dictionaries and configurations into the package's conversion resource.
///
/// The output depends only on the input files: the same sources always give the same bytes, which is how
/// the tests prove that the committed resource is exactly what this compiler makes.
public struct ConversionResourceCompiler: Sendable {
  /// The OpenCC data folder: it holds `data/config/*.json` and `data/dictionary/*.txt`.
  public let openccFolder: URL

  /// Creates a compiler for the OpenCC data in `openccFolder`.
  public init(openccFolder: URL) { self.openccFolder = openccFolder }

  /// Compiles every configuration.
  public func compile() throws(CompilerError) -> [UInt8] {
    let configFolder = openccFolder.appendingPathComponent("data/config")
    let library = DictionaryLibrary(dictionaryFolder: openccFolder.appendingPathComponent("data/dictionary"))
    var plans: [ConfigurationPlan] = []
    var configFiles: [(String, [UInt8])] = []
    for configuration in ConversionConfiguration.allCases {
      let path = configFolder.appendingPathComponent("\(configuration.rawValue).json").path
      guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
      configFiles.append(("\(configuration.rawValue).json", Array(data)))
      plans.append(try ConfigurationPlan(name: configuration.rawValue, json: data, file: path))
    }
    // The generated regional phrases need t2s, which needs only the text dictionaries: compile t2s alone
    // first and convert with it.
    if let t2s = plans.first(where: { $0.name == "t2s" }) {
      let bytes = try ResourceBuilder(plans: [t2s], library: library, sources: []).build()
      let converter: Converter
      do {
        converter = try Converter(.t2s, tables: ConversionTables(bytes: bytes))
      } catch {
        throw .unsupportedConfiguration(file: "t2s.json", reason: "bootstrap converter failed: \(error)")
      }
      library.traditionalToSimplified = { converter.convert($0) }
    }
    let builder = ResourceBuilder(plans: plans, library: library, sources: configFiles)
    return try builder.build()
  }
}
