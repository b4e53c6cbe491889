import Foundation

/// Reads user conversion rules from `KEY=VALUE` command-line arguments and from rules files.
///
/// A rules file holds one rule per line as `key<TAB>value` (the value is everything after the first tab);
/// blank lines and lines whose first non-blank character is `#` are ignored, and CRLF line endings are
/// accepted.
enum UserRuleParser {
  /// A rule: occurrences of `key` become `value`.
  typealias Rule = (key: String, value: String)

  /// Parses a `KEY=VALUE` argument, splitting at the first `=`.
  /// - Throws: a usage ``CommandFailure`` when there is no `=` or the key or value is empty.
  static func rule(fromArgument argument: String) throws(CommandFailure) -> Rule {
    guard let separator = argument.firstIndex(of: "="),
      separator != argument.startIndex,
      argument.index(after: separator) != argument.endIndex
    else {
      throw .usage("invalid rule '\(argument)'; expected KEY=VALUE with a non-empty key and value")
    }
    return (String(argument[..<separator]), String(argument[argument.index(after: separator)...]))
  }

  /// Reads the rules in the file at `path` (`-` for standard input), in file order.
  /// - Throws: a ``CommandFailure`` when the file cannot be read, is not UTF-8, or has a malformed line.
  static func rules(fromFileAt path: String) throws(CommandFailure) -> [Rule] {
    let source = InputSource(argument: path)
    var bytes: [UInt8] = []
    try ChunkedInput(opening: source).forEachChunk { chunk in bytes.append(contentsOf: chunk) }
    guard let text = String(bytes: bytes, encoding: .utf8) else {
      throw CommandFailure("\(source.displayName): the rules file is not valid UTF-8")
    }
    return try rules(fromContents: text, name: source.displayName)
  }

  /// Parses the contents of a rules file; `name` identifies the file in messages.
  /// - Throws: a ``CommandFailure`` naming the file and line of the first malformed line.
  static func rules(fromContents text: String, name: String) throws(CommandFailure) -> [Rule] {
    var rules: [Rule] = []
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    // Work on scalars: as Characters, "\r\n" is one grapheme that "\n" would not match.
    let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      var line = rawLine
      if line.last == "\r" { line.removeLast() }
      let content = line.drop { $0 == " " || $0 == "\t" }
      if content.isEmpty || content.first == "#" { continue }
      guard let tab = line.firstIndex(of: "\t"),
        tab != line.startIndex,
        line.index(after: tab) != line.endIndex
      else {
        throw CommandFailure("\(name):\(index + 1): malformed rule '\(Substring(line))'; expected KEY<TAB>VALUE")
      }
      rules.append((String(Substring(line[..<tab])), String(Substring(line[line.index(after: tab)...]))))
    }
    return rules
  }
}
