import ChineseTextCore
import Testing

@Suite("UTF-8 and ICU services")
struct UnicodeTests {
  static func invalidOffset(_ bytes: [UInt8], allowingTail: Bool = false) -> (Int?, Int?) {
    var tail: Int? = nil
    let offset = bytes.withUnsafeBytes {
      UTF8Scalars.firstInvalidOffset(in: $0, allowsIncompleteTail: allowingTail, incompleteTail: &tail)
    }
    return (offset, tail)
  }

  @Test func findsTheFirstInvalidByte() {
    #expect(Self.invalidOffset(Array("汉字abc".utf8)).0 == nil)
    #expect(Self.invalidOffset([0x61, 0xFF]).0 == 1)
    #expect(Self.invalidOffset([0xC0, 0xAF]).0 == 0)  // overlong
    #expect(Self.invalidOffset([0xED, 0xA0, 0x80]).0 == 0)  // surrogate
    #expect(Self.invalidOffset([0xF4, 0x90, 0x80, 0x80]).0 == 0)  // past U+10FFFF
    #expect(Self.invalidOffset([0x61, 0xE6, 0xB1]).0 == 1)  // cut off
    let (offset, tail) = Self.invalidOffset([0x61, 0xE6, 0xB1], allowingTail: true)
    #expect(offset == nil && tail == 1)
  }

  @Test func decodesScalars() {
    let text = "a¢汉😀"
    let bytes = Array(text.utf8)
    var decoded: [UInt32] = []
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Scalars.decode(buffer.baseAddress!, at: index, count: buffer.count)
        decoded.append(scalar)
        index += length
      }
    }
    #expect(decoded == text.unicodeScalars.map(\.value))
  }

  @Test func icuAnswers() throws {
    #expect(!ICU.version.isEmpty)
    #expect(ICU.isHan("汉"))
    #expect(ICU.isHan("\u{20000}"))
    #expect(!ICU.isHan("a"))
    #expect(!ICU.isHan("，"))
    #expect(try ICU.normalize("２０２１年ＡＢＣ", form: .nfkc) == "2021年ABC")
    #expect(try ICU.normalize("", form: .nfc) == "")
  }

  @Test func transliterates() throws {
    let toLatin = try Transliterator(identifier: "Han-Latin")
    #expect(try toLatin.transliterate("中文") == "zhōng wén")
    #expect(throws: ICU.Failure.self) { _ = try Transliterator(identifier: "No-Such-Transliterator") }
  }
}
