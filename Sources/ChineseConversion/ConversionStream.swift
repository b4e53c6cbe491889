import ChineseTextCore

/// Converts a stream of UTF-8 bytes chunk by chunk in bounded memory, with the same result as converting
/// the whole text at once.
///
/// Input is cut only after a character that occurs in no dictionary key and no user rule (a line break,
/// most punctuation, Latin text), where no match can cross the cut. A stretch longer than
/// ``maximumPendingBytes`` without such a character is cut at a character boundary instead, the one case
/// where a phrase across the cut would be converted character by character.
///
/// ```swift
/// var stream = ConversionStream(converter: try Converter(.s2t))
/// let head = try stream.convert(chunk)     // bytes ready so far
/// let tail = try stream.finish()           // the rest
/// ```
public struct ConversionStream: Sendable {
  /// How invalid UTF-8 is treated.
  public enum InvalidInputPolicy: Sendable {
    /// Stop with ``ConversionError/invalidUTF8(byteOffset:)``.
    case reject
    /// Replace each ill-formed sequence with U+FFFD, as `String(decoding:as:)` does.
    case substituteReplacementCharacter
  }

  /// The converter applied.
  public let converter: Converter
  /// The policy for invalid UTF-8.
  public let invalidInputPolicy: InvalidInputPolicy
  /// Bytes held back at most while waiting for a safe cut.
  public let maximumPendingBytes: Int
  /// Bytes consumed so far (the offset of the next input byte in the whole stream).
  public private(set) var consumedByteCount = 0
  private var pending: [UInt8] = []
  /// Offset in the whole stream of `pending[0]`.
  private var pendingOffset = 0

  /// Creates a stream.
  public init(
    converter: Converter, invalidInputPolicy: InvalidInputPolicy = .reject, maximumPendingBytes: Int = 1 << 20
  ) {
    self.converter = converter
    self.invalidInputPolicy = invalidInputPolicy
    self.maximumPendingBytes = max(maximumPendingBytes, 16)
  }

  /// Adds `chunk` and returns the converted bytes that are ready.
  /// - Throws: ``ConversionError/invalidUTF8(byteOffset:)`` with the offset in the whole stream.
  public mutating func convert(_ chunk: some Collection<UInt8>) throws(ConversionError) -> [UInt8] {
    pending.append(contentsOf: chunk)
    consumedByteCount += chunk.count
    return try drain(isFinal: false)
  }

  /// Converts what is left. The stream is empty afterwards.
  public mutating func finish() throws(ConversionError) -> [UInt8] {
    try drain(isFinal: true)
  }

  private mutating func drain(isFinal: Bool) throws(ConversionError) -> [UInt8] {
    try repairOrReject(isFinal: isFinal)
    let cut = isFinal ? pending.count : safeCut()
    guard cut > 0 else { return [] }
    let output = pending.withUnsafeBufferPointer { bytes in
      let buffer = ByteBuffer(capacity: cut + cut / 8 + 16)
      _ = converter.convert(UnsafeBufferPointer(rebasing: bytes[0..<cut]), into: buffer, as: NoAlignment.self)
      return Array(buffer.bytes)
    }
    pending.removeFirst(cut)
    pendingOffset += cut
    return output
  }

  /// Validates `pending`, leaving an incomplete sequence at the end for the next chunk (unless final).
  private mutating func repairOrReject(isFinal: Bool) throws(ConversionError) {
    var tail: Int? = nil
    let invalid = pending.withUnsafeBytes {
      UTF8Scalars.firstInvalidOffset(in: $0, allowsIncompleteTail: !isFinal, incompleteTail: &tail)
    }
    guard let invalid else { return }
    switch invalidInputPolicy {
    case .reject:
      throw .invalidUTF8(byteOffset: pendingOffset + invalid)
    case .substituteReplacementCharacter:
      // Repair everything but an incomplete sequence at the very end, which the next chunk may complete.
      let end = isFinal ? pending.count : (Self.incompleteTailStart(pending) ?? pending.count)
      guard end > invalid else { return }
      pending.replaceSubrange(invalid..<end, with: Array(String(decoding: pending[invalid..<end], as: UTF8.self).utf8))
    }
  }

  /// The start of a well-formed but unfinished UTF-8 sequence at the end of `bytes`, if there is one.
  static func incompleteTailStart(_ bytes: [UInt8]) -> Int? {
    for back in 1...3 where bytes.count >= back {
      let start = bytes.count - back
      let lead = bytes[start]
      if lead & 0xC0 == 0x80 { continue }
      let needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1
      guard needed > back else { return nil }
      var tail: Int? = nil
      let invalid = bytes[start...].withUnsafeBytes {
        UTF8Scalars.firstInvalidOffset(in: $0, allowsIncompleteTail: true, incompleteTail: &tail)
      }
      return invalid == nil && tail == 0 ? start : nil
    }
    return nil
  }

  /// The end of the longest prefix of `pending` that can be converted on its own.
  private func safeCut() -> Int {
    var incomplete: Int? = nil
    let valid = pending.withUnsafeBytes { bytes -> Int in
      _ = UTF8Scalars.firstInvalidOffset(in: bytes, allowsIncompleteTail: true, incompleteTail: &incomplete)
      return incomplete ?? bytes.count
    }
    guard valid > 0 else { return 0 }
    return pending.withUnsafeBufferPointer { bytes -> Int in
      let base = bytes.baseAddress!
      var index = valid
      // Walk back over scalars to the last one that no key contains.
      while index > 0 {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let scalar = UTF8Scalars.decode(base, at: start, count: valid).scalar
        if converter.isSafeCut(after: scalar) { return index }
        index = start
      }
      if valid > maximumPendingBytes {
        // No safe cut in a long stretch: cut at the last scalar boundary.
        var start = valid - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
      }
      return 0
    }
  }
}

extension Converter {
  /// Whether a conversion may be cut right after `scalar`: no dictionary key and no user rule contains it.
  func isSafeCut(after scalar: UInt32) -> Bool {
    pipeline.tables.codes.code(scalar) == 0 && !rules.contains(scalar)
  }
}
