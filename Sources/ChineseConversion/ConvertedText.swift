/// A conversion together with the runs that map it back to the input.
///
/// The spans tile the input: the first starts where the input starts, each starts where the previous one
/// ends, and the last ends where the input ends. Each span's ``ConversionSpan/replacement`` is the part of
/// ``converted`` that its ``ConversionSpan/source`` became, and the replacements tile ``converted`` in the
/// same order. Unchanged text forms runs of its own, so the changed spans are exactly the conversions made.
public struct ConvertedText: Sendable {
  /// The converted text.
  public let converted: String
  /// The runs, in input order.
  public let spans: [ConversionSpan]
}

/// One run of a conversion: a stretch of the caller's string and what it became.
public struct ConversionSpan: Sendable, Equatable, CustomStringConvertible {
  /// The stretch of the caller's string (a slice sharing its storage).
  public let source: Substring
  /// What `source` became: a slice of ``ConvertedText/converted``.
  public let replacement: Substring
  /// Whether the replacement differs from the source.
  public let isChanged: Bool

  /// The range of ``source`` in the caller's string.
  public var sourceRange: Range<String.Index> { source.startIndex..<source.endIndex }

  /// The range of ``replacement`` in ``ConvertedText/converted``.
  public var replacementRange: Range<String.Index> { replacement.startIndex..<replacement.endIndex }

  /// ``source``'s position in the caller's string as UTF-8 byte offsets.
  public var sourceUTF8Offsets: Range<Int> {
    let base = source.base.utf8
    let start = base.distance(from: base.startIndex, to: source.startIndex)
    return start..<(start + source.utf8.count)
  }

  /// ``source``'s position in the caller's string as Unicode scalar offsets. This counts scalars from the
  /// start of the string: O(n); for many spans walk ``ConvertedText/spans`` and add up
  /// `source.unicodeScalars.count` instead.
  public var sourceScalarOffsets: Range<Int> {
    let base = source.base.unicodeScalars
    let start = base.distance(from: base.startIndex, to: source.startIndex)
    return start..<(start + source.unicodeScalars.count)
  }

  public static func == (lhs: ConversionSpan, rhs: ConversionSpan) -> Bool {
    lhs.sourceRange == rhs.sourceRange && lhs.source == rhs.source && lhs.replacement == rhs.replacement
      && lhs.isChanged == rhs.isChanged
  }

  public var description: String { isChanged ? "\(source)→\(replacement)" : String(source) }
}
