import CICUShim

/// An ICU transliterator, such as `Han-Latin` or `Hant-Hans`.
///
/// Opening one is slow (about 130 ms the first time in a process), so open it once and reuse it. ICU's
/// transliterators are not safe for concurrent use, so each call takes an internal lock.
public final class Transliterator: @unchecked Sendable {
  private let handle: UnsafeMutableRawPointer
  private let lock = Mutex()
  /// The identifier this transliterator was opened with.
  public let identifier: String

  /// Opens the transliterator with an ICU identifier.
  public init(identifier: String) throws(ICU.Failure) {
    let id = Array(identifier.utf16)
    var error: Int32 = 0
    guard let handle = ctx_icu_transliterator_open(id, Int32(id.count), &error) else {
      throw ICU.Failure(code: error, operation: "opening transliterator \(identifier)")
    }
    self.handle = handle
    self.identifier = identifier
  }

  deinit { ctx_icu_transliterator_close(handle) }

  /// Transliterates `text`.
  public func transliterate(_ text: String) throws(ICU.Failure) -> String {
    var buffer = Array(text.utf16)
    var capacity = max(buffer.count * 4, 16)
    let original = buffer
    while true {
      buffer = original + [UInt16](repeating: 0, count: capacity - original.count)
      var length = Int32(original.count)
      let status = lock.withLock { ctx_icu_transliterate(handle, &buffer, &length, Int32(capacity)) }
      if status == ICU.bufferOverflow {
        capacity *= 2
        continue
      }
      if status > 0 { throw ICU.Failure(code: status, operation: "transliteration") }
      return String(decoding: buffer.prefix(Int(length)), as: UTF16.self)
    }
  }
}
