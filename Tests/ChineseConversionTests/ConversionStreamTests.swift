import ChineseConversion
import Testing

@Suite("Streaming conversion")
struct ConversionStreamTests {
  static func streamed(
    _ bytes: [UInt8], converter: Converter, chunk: Int, policy: ConversionStream.InvalidInputPolicy = .reject
  )
    throws(ConversionError) -> [UInt8]
  {
    var stream = ConversionStream(converter: converter, invalidInputPolicy: policy, maximumPendingBytes: 64)
    var output: [UInt8] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + chunk, bytes.count)
      try stream.convert(bytes[start..<end], appendingTo: &output)
      start = end
    }
    try stream.finish(appendingTo: &output)
    return output
  }

  @Test(arguments: [1, 2, 3, 5, 7, 64, 1000])
  func chunkedEqualsWhole(chunk: Int) throws {
    let converter = try Converter(.s2twp)
    let text = "鼠标和软件，头发和发展。\r\n出租车在信息高速公路上😀 U盘\n" + String(repeating: "面条在里面。", count: 20)
    let output = try Self.streamed(Array(text.utf8), converter: converter, chunk: chunk)
    #expect(String(decoding: output, as: UTF8.self) == converter.convert(text))
  }

  @Test func invalidUTF8IsReportedWithItsOffset() throws {
    let converter = try Converter(.s2t)
    var bytes = Array("头发头发".utf8)
    bytes.insert(0xFF, at: 9)
    #expect(throws: ConversionError.invalidUTF8(byteOffset: 9)) {
      _ = try Self.streamed(bytes, converter: converter, chunk: 4)
    }
    // A sequence cut off by the end of the input is invalid too.
    #expect(throws: ConversionError.invalidUTF8(byteOffset: 3)) {
      _ = try Self.streamed(Array("头".utf8) + [0xE5, 0x8F], converter: converter, chunk: 2)
    }
  }

  @Test func textBeforeAnInvalidByteIsConvertedFirst() throws {
    var stream = ConversionStream(converter: try Converter(.s2t))
    var output: [UInt8] = []
    #expect(throws: ConversionError.invalidUTF8(byteOffset: 13)) {
      try stream.convert(Array("头发\n发展".utf8) + [0xFF] + Array("头".utf8), appendingTo: &output)
    }
    #expect(String(decoding: output, as: UTF8.self) == "頭髮\n發展")
    #expect(throws: ConversionError.invalidUTF8(byteOffset: 13)) { try stream.finish(appendingTo: &output) }
    #expect(throws: ConversionError.invalidUTF8(byteOffset: 13)) { try stream.convert([0x41], appendingTo: &output) }
  }

  @Test func lossyModeSubstitutesReplacementCharacters() throws {
    let converter = try Converter(.s2t)
    let bytes = Array("头".utf8) + [0xFF] + Array("发".utf8) + [0xC0, 0xAF] + Array("展".utf8) + [0xE5]
    for chunk in [1, 2, 3, 100] {
      let output = try Self.streamed(
        bytes, converter: converter, chunk: chunk, policy: .substituteReplacementCharacter)
      #expect(String(decoding: output, as: UTF8.self) == "頭\u{FFFD}發\u{FFFD}\u{FFFD}展\u{FFFD}")
    }
  }

  @Test func longTextWithoutSafeCutsStillConverts() throws {
    let converter = try Converter(.s2t)
    let text = String(repeating: "头发发展", count: 200)
    let output = try Self.streamed(Array(text.utf8), converter: converter, chunk: 50)
    #expect(String(decoding: output, as: UTF8.self).unicodeScalars.count == text.unicodeScalars.count)
    #expect(!String(decoding: output, as: UTF8.self).contains("头"))
  }
}
