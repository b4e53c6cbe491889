import ChineseConversion
import Foundation

/// The OpenCC dictionaries by name: the text files, and the ones OpenCC derives from them at build time
/// (`…Rev`, `TSCharactersExt`, `STPhrases_GeneratedFromRegionalPhrases`).
final class DictionaryLibrary {
  let dictionaryFolder: URL
  private var cache: [String: OpenCCDictionary] = [:]
  /// The text files read, in the order they were first read.
  private(set) var filesRead: [(name: String, bytes: [UInt8])] = []
  /// Converts Traditional to Simplified; needed only for the generated regional phrases.
  var traditionalToSimplified: ((String) throws(CompilerError) -> String)?

  init(dictionaryFolder: URL) { self.dictionaryFolder = dictionaryFolder }

  func dictionary(_ name: String) throws(CompilerError) -> OpenCCDictionary {
    if let cached = cache[name] { return cached }
    let dictionary = try load(name)
    cache[name] = dictionary
    return dictionary
  }

  private func load(_ name: String) throws(CompilerError) -> OpenCCDictionary {
    let file = dictionaryFolder.appendingPathComponent("\(name).txt")
    if FileManager.default.fileExists(atPath: file.path) {
      guard let data = FileManager.default.contents(atPath: file.path) else { throw .unreadable(file.path) }
      filesRead.append(("\(name).txt", Array(data)))
      return try OpenCCDictionary(name: name, text: String(decoding: data, as: UTF8.self), file: file.path)
    }
    if name == "TSCharactersExt" {
      return try dictionary("TSCharacters").tofuRiskExtension(name: name)
    }
    if name == "STPhrases_GeneratedFromRegionalPhrases" {
      return try generatedRegionalPhrases(name: name)
    }
    if name.hasSuffix("Rev") {
      return try dictionary(String(name.dropLast(3))).reversed(name: name)
    }
    throw .unreadable(file.path)
  }

  /// Each key of HKPhrases and TWPhrases, converted to Simplified; kept when it is at least three
  /// characters long, as `simplified → original Traditional key`, sorted by key.
  private func generatedRegionalPhrases(name: String) throws(CompilerError) -> OpenCCDictionary {
    guard let convert = traditionalToSimplified else {
      throw .unsupportedConfiguration(file: name, reason: "needs a Traditional→Simplified converter")
    }
    var entries: [String: String] = [:]
    for source in ["HKPhrases", "TWPhrases"] {
      for entry in try dictionary(source).entries {
        let simplified = try convert(entry.key)
        guard simplified.unicodeScalars.count >= 3, entries[simplified] == nil else { continue }
        entries[simplified] = entry.key
      }
    }
    let sorted = entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return OpenCCDictionary(
      name: name, entries: sorted.map { OpenCCDictionary.Entry(key: $0, values: [entries[$0] ?? $0]) })
  }
}
