/// One OpenCC text dictionary: entries in file order, with the annotations the build reads.
struct OpenCCDictionary: Sendable {
  struct Entry: Sendable, Equatable {
    var key: String
    var values: [String]
    /// The line carried a `# @tofu-risk` mark.
    var isTofuRisk = false
  }

  var name: String
  var entries: [Entry]
  /// `# @reverse-prefer: X [Y]`: when the dictionary is reversed, key X lists Y first.
  var reversePreferences: [String: String] = [:]

  /// Parses the text format `key<TAB>value[ value…]`, with `#` comments and blank lines.
  init(name: String, text: String, file: String) throws(CompilerError) {
    self.name = name
    entries = []
    var pendingTofu = false
    var pendingPreference: [String]? = nil
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        if line.hasPrefix("# @tofu-risk") { pendingTofu = true }
        if line.hasPrefix("# @reverse-prefer:") {
          pendingPreference = line.dropFirst("# @reverse-prefer:".count).split(separator: " ").map(String.init)
        }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        throw .malformedLine(file: file, line: number + 1, text: String(line))
      }
      let values = fields[1].split(separator: " ").map(String.init)
      guard !values.isEmpty else { throw .malformedLine(file: file, line: number + 1, text: String(line)) }
      entries.append(Entry(key: String(fields[0]), values: values, isTofuRisk: pendingTofu))
      if let preference = pendingPreference, let first = preference.first {
        reversePreferences[first] = preference.count > 1 ? preference[1] : String(fields[0])
      }
      pendingTofu = false
      pendingPreference = nil
    }
  }

  init(name: String, entries: [Entry]) {
    self.name = name
    self.entries = entries
  }

  /// The reversed dictionary (OpenCC's `…Rev`): every value becomes a key listing the keys that produced
  /// it, in file order, with the `@reverse-prefer` choice first.
  func reversed(name: String) -> OpenCCDictionary {
    var order: [String] = []
    var reversed: [String: [String]] = [:]
    for entry in entries {
      for value in entry.values {
        if reversed[value] == nil { order.append(value) }
        if !reversed[value, default: []].contains(entry.key) { reversed[value, default: []].append(entry.key) }
      }
    }
    var result: [Entry] = []
    for key in order {
      var values = reversed[key, default: []]
      if let preferred = reversePreferences[key], let index = values.firstIndex(of: preferred) {
        values.remove(at: index)
        values.insert(preferred, at: 0)
      }
      result.append(Entry(key: key, values: values))
    }
    return OpenCCDictionary(name: name, entries: result.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
  }

  /// OpenCC's `TSCharactersExt`: the tofu-risk entries without their identity value.
  func tofuRiskExtension(name: String) -> OpenCCDictionary {
    let entries = entries.filter(\.isTofuRisk).compactMap { entry -> Entry? in
      let values = entry.values.filter { $0 != entry.key }
      return values.isEmpty ? nil : Entry(key: entry.key, values: values)
    }
    return OpenCCDictionary(name: name, entries: entries)
  }
}
