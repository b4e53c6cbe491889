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
/// var output: [UInt8] = []
/// try stream.convert(chunk, appendingTo: &output)   // appends the bytes ready so far
/// try stream.finish(appendingTo: &output)           // appends the rest
/// ```
///
/// When the input holds invalid UTF-8 and the policy is ``InvalidInputPolicy/reject``, the text before the
/// invalid byte is converted and appended first, then the error is thrown; later calls throw it again.
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
  /// How many bytes at the start of `pending` are known to be well-formed UTF-8 (a scalar boundary).
  private var validatedCount = 0
  /// The invalid input already reported; every later call reports it again.
  private var failure: ConversionError? = nil

  /// Creates a stream.
  public init(
    converter: Converter, invalidInputPolicy: InvalidInputPolicy = .reject, maximumPendingBytes: Int = 1 << 20
  ) {
    self.converter = converter
    self.invalidInputPolicy = invalidInputPolicy
    self.maximumPendingBytes = max(maximumPendingBytes, 16)
  }

  /// Adds `chunk` and appends the converted bytes that are ready to `output`.
  /// - Throws: ``ConversionError/invalidUTF8(byteOffset:)`` with the offset in the whole stream, after
  ///   appending the conversion of the text before it.
  public mutating func convert(_ chunk: some Collection<UInt8>, appendingTo output: inout [UInt8])
    throws(ConversionError)
  {
    if let failure { throw failure }
    pending.append(contentsOf: chunk)
    consumedByteCount += chunk.count
    try drain(isFinal: false, into: &output)
  }

  /// Converts what is left and appends it to `output`. The stream is empty afterwards.
  public mutating func finish(appendingTo output: inout [UInt8]) throws(ConversionError) {
    if let failure { throw failure }
    try drain(isFinal: true, into: &output)
  }

  private mutating func drain(isFinal: Bool, into output: inout [UInt8]) throws(ConversionError) {
    if let invalid = repairOrReject(isFinal: isFinal) {
      let error = ConversionError.invalidUTF8(byteOffset: pendingOffset + invalid)
      output += convertPrefix(invalid)
      pending.removeAll()
      failure = error
      throw error
    }
    output += convertPrefix(isFinal ? pending.count : safeCut())
  }

  private mutating func convertPrefix(_ cut: Int) -> [UInt8] {
    guard cut > 0 else { return [] }
    let output = pending.withUnsafeBufferPointer { bytes in
      let buffer = ByteBuffer(capacity: cut + cut / 8 + 16)
      _ = converter.convert(UnsafeBufferPointer(rebasing: bytes[0..<cut]), into: buffer, as: NoAlignment.self)
      return Array(buffer.bytes)
    }
    pending.removeFirst(cut)
    pendingOffset += cut
    validatedCount = max(0, validatedCount - cut)
    return output
  }

  /// Validates the new part of `pending`, leaving an incomplete sequence at the end for the next chunk
  /// (unless final). Returns the offset of an invalid byte when the policy rejects it.
  private mutating func repairOrReject(isFinal: Bool) -> Int? {
    var tail: Int? = nil
    let start = validatedCount
    let invalidAfterStart = pending.withUnsafeBytes {
      UTF8Scalars.firstInvalidOffset(
        in: UnsafeRawBufferPointer(rebasing: $0[start...]), allowsIncompleteTail: !isFinal, incompleteTail: &tail)
    }
    guard let invalidAfterStart else {
      validatedCount = start + (tail ?? (pending.count - start))
      return nil
    }
    let invalid = start + invalidAfterStart
    switch invalidInputPolicy {
    case .reject:
      return invalid
    case .substituteReplacementCharacter:
      // Repair everything but an incomplete sequence at the very end, which the next chunk may complete.
      let end = isFinal ? pending.count : (Self.incompleteTailStart(pending) ?? pending.count)
      guard end > invalid else { return nil }
      let repaired = Array(String(decoding: pending[invalid..<end], as: UTF8.self).utf8)
      pending.replaceSubrange(invalid..<end, with: repaired)
      validatedCount = invalid + repaired.count
      return nil
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
    let valid = validatedCount
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
