/// A growable buffer of UTF-8 bytes, written through a raw pointer on the hot path. One is made per call
/// (per-call scratch memory); it is never shared.
final class ByteBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  @inline(__always)
  func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
    if count &+ length > capacity { grow(to: count &+ length) }
    let destination = base + count
    if length <= 4 {
      var index = 0
      while index < length {
        destination[index] = bytes[index]
        index &+= 1
      }
    } else {
      destination.update(from: bytes, count: length)
    }
    count &+= length
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    append(start, count: bytes.count)
  }

  @inline(never)
  private func grow(to minimum: Int) {
    let newCapacity = max(minimum, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// The bytes written so far; valid until the next append.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The contents as a `String`. The bytes are whole scalars copied from valid UTF-8 and dictionary values,
  /// so they are valid UTF-8; the initializer checks that anyway.
  func string() -> String {
    String(unsafeUninitializedCapacity: count) { buffer in
      _ = buffer.initialize(from: UnsafeBufferPointer(start: base, count: count))
      return count
    }
  }
}
