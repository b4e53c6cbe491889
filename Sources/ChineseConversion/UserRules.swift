import ChineseTextCore

/// Caller-supplied conversions that take precedence over the bundled dictionaries.
///
/// The input is scanned left to right; where a rule's key starts, the longest such key is replaced by its
/// value and nothing else touches that stretch. The text between rule matches is converted as usual (each
/// stretch on its own, as if the matches were segment boundaries).
struct UserRules: Sendable {
  private let replacements: [[UInt8]: [UInt8]]
  private let firstScalars: Set<UInt32>
  private let longestKeyScalars: Int
  private let keyScalars: Set<UInt32>

  init(_ rules: [String: String]) throws(ConversionError) {
    var replacements: [[UInt8]: [UInt8]] = [:]
    var firstScalars = Set<UInt32>()
    var longest = 0
    var keyScalars = Set<UInt32>()
    for (key, value) in rules {
      guard let first = key.unicodeScalars.first else {
        throw .invalidUserRule(key: key, reason: "the key is empty")
      }
      guard !value.isEmpty else { throw .invalidUserRule(key: key, reason: "the value is empty") }
      replacements[Array(key.utf8)] = Array(value.utf8)
      firstScalars.insert(first.value)
      longest = max(longest, key.unicodeScalars.count)
      for scalar in key.unicodeScalars { keyScalars.insert(scalar.value) }
    }
    self.keyScalars = keyScalars
    self.replacements = replacements
    self.firstScalars = firstScalars
    longestKeyScalars = longest
  }

  var isEmpty: Bool { replacements.isEmpty }

  /// Whether some rule's key contains `scalar`.
  func contains(_ scalar: UInt32) -> Bool { keyScalars.contains(scalar) }

  /// The longest rule whose key starts at `start`: its end offset and value.
  func match(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, value: [UInt8])? {
    let base = text.baseAddress!
    let first = UTF8Scalars.decode(base, at: start, count: text.count)
    guard firstScalars.contains(first.scalar) else { return nil }
    var ends: [Int] = []
    var position = start
    while ends.count < longestKeyScalars && position < text.count {
      position += UTF8Scalars.decode(base, at: position, count: text.count).length
      ends.append(position)
    }
    for end in ends.reversed() {
      if let value = replacements[Array(text[start..<end])] { return (end, value) }
    }
    return nil
  }
}
