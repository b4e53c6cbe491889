/// A growable buffer of UTF-8 bytes. One is made per call (per-call scratch memory); it is never shared.
///
/// Hot loops do not append through the class (each access to a class's stored property is checked for
/// exclusive access); they take a ``Cursor``, write through its pointer, and hand it back.
final class ByteBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private(set) var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A writing position held in local variables by a hot loop.
  struct Cursor {
    var base: UnsafeMutablePointer<UInt8>
    var count: Int
    var capacity: Int

    /// Makes room for `length` more bytes, growing `buffer` when needed.
    @inline(__always)
    mutating func reserve(_ length: Int, in buffer: ByteBuffer) {
      if count &+ length > capacity { grow(length, in: buffer) }
    }

    @inline(never)
    private mutating func grow(_ length: Int, in buffer: ByteBuffer) {
      buffer.count = count
      buffer.grow(to: count + length)
      self = buffer.cursor()
    }

    /// Appends bytes; room must have been reserved.
    @inline(__always)
    mutating func write(_ bytes: UnsafePointer<UInt8>, count length: Int) {
      let destination = base + count
      if length <= 8 {
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
  }

  /// The current writing position.
  func cursor() -> Cursor { Cursor(base: base, count: count, capacity: capacity) }

  /// Takes back a cursor's position after writing.
  func commit(_ cursor: Cursor) { count = cursor.count }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    var cursor = cursor()
    cursor.reserve(bytes.count, in: self)
    cursor.write(start, count: bytes.count)
    commit(cursor)
  }

  fileprivate func grow(to minimum: Int) {
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
