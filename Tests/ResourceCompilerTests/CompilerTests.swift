import ChineseConversion
import Foundation
import Testing

@testable import ResourceCompiler

@Suite("Dictionary compiler")
struct CompilerTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = repository.appendingPathComponent("Fixtures/compiler")
  static let openccSources = repository.deletingLastPathComponent().appendingPathComponent("shared/dictionaries/opencc")
  static let sourcesAvailable = FileManager.default.fileExists(
    atPath: openccSources.appendingPathComponent("data/config/s2t.json").path)

  static func dictionary(_ name: String) throws -> OpenCCDictionary {
    let url = fixtures.appendingPathComponent("\(name).txt")
    return try OpenCCDictionary(name: name, text: String(contentsOf: url, encoding: .utf8), file: url.path)
  }

  @Test func parsesEntriesAndAnnotations() throws {
    let dictionary = try Self.dictionary("Variants")
    #expect(dictionary.entries.map(\.key) == ["才", "纔", "麼", "幺", "㑮"])
    #expect(dictionary.entries[1].values == ["才", "纔"])
    #expect(dictionary.entries[4].isTofuRisk)
    #expect(dictionary.reversePreferences == ["才": "才", "么": "幺"])
  }

  @Test func reversesWithPreferences() throws {
    let reversed = try Self.dictionary("Variants").reversed(name: "VariantsRev")
    let table = Dictionary(uniqueKeysWithValues: reversed.entries.map { ($0.key, $0.values) })
    #expect(table["才"] == ["才", "纔"])
    #expect(table["纔"] == ["纔"])
    #expect(table["么"] == ["幺", "麼"])
    #expect(
      reversed.entries.map(\.key) == reversed.entries.map(\.key).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test func extractsTheTofuRiskExtension() throws {
    let ext = try Self.dictionary("Variants").tofuRiskExtension(name: "Ext")
    #expect(ext.entries == [OpenCCDictionary.Entry(key: "㑮", values: ["\u{2B748}"])])
  }

  @Test func rejectsMalformedLines() throws {
    let url = Self.fixtures.appendingPathComponent("Malformed.txt")
    #expect(throws: CompilerError.malformedLine(file: url.path, line: 3, text: "no tab here")) {
      _ = try OpenCCDictionary(name: "Malformed", text: String(contentsOf: url, encoding: .utf8), file: url.path)
    }
  }

  /// The committed resource must be exactly what the compiler makes from ../shared/dictionaries/opencc, so
  /// nobody can edit the binary by hand. Needs the dictionary sources next to the repository.
  @Test(.enabled(if: sourcesAvailable, "needs ../shared/dictionaries/opencc"))
  func committedResourceMatchesTheCompiler() throws {
    let compiled = try ConversionResourceCompiler(openccFolder: Self.openccSources).compile()
    let committed = try Data(
      contentsOf: Self.repository.appendingPathComponent("Sources/ChineseConversion/Resources/Conversion.ctres"))
    #expect(compiled.count == committed.count)
    #expect(compiled == Array(committed))
  }
}
