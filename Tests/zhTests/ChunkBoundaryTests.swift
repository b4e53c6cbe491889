import ChineseConversion
import Foundation
import Testing

/// `zh convert` reads 256 KiB at a time; phrases and characters cut by a read must convert as in one piece.
@Suite struct ChunkBoundaryTests {
  static let readSize = 256 * 1024
  /// Phrases that convert differently as a whole than character by character in s2twp.
  static let phrase = Array("头发鼠标软件".utf8)
  /// Where each read boundary falls inside ``phrase``: between characters and inside them.
  static let cutOffsets = [1, 3, 4, 8, 9, 13, 17]

  /// More than 1 MiB of text with ``phrase`` across every read boundary, each preceded by a long stretch
  /// without punctuation, so that the converter must hold text back across reads.
  static func generatedInput() -> [UInt8] {
    let line = Array("据报道，今年的软件开发者大会在上海举行，参会人数创下新高。\r\n".utf8)
    let filler = Array("我".utf8)
    var bytes: [UInt8] = []
    for (index, offset) in cutOffsets.enumerated() {
      let phraseStart = (index + 1) * readSize - offset
      while bytes.count + line.count < phraseStart - 4_000 { bytes += line }
      let gap = phraseStart - bytes.count
      // ASCII to line the stretch up, then Han text without a safe cut right up to the phrase.
      bytes += [UInt8](repeating: UInt8(ascii: "x"), count: gap % 3)
      for _ in 0..<(gap / 3) { bytes += filler }
      bytes += phrase
    }
    bytes += Array("😀 end 123\n".utf8)
    return bytes
  }

  @Test func generatedInputPutsThePhraseAcrossEveryBoundary() {
    let input = Self.generatedInput()
    #expect(input.count > 1 << 20)
    for (index, offset) in Self.cutOffsets.enumerated() {
      let start = (index + 1) * Self.readSize - offset
      #expect(Array(input[start..<start + Self.phrase.count]) == Self.phrase)
    }
  }

  @Test func fileOutputEqualsConvertingTheWholeText() throws {
    let input = Self.generatedInput()
    let folder = try TemporaryFolder()
    let file = try folder.file("large.txt", contents: input)
    let expected = Array(try Converter(.s2twp).convert(String(decoding: input, as: UTF8.self)).utf8)

    let result = try ZhProcess.run(["convert", "--config", "s2twp", file.path])
    #expect(result.status == 0)
    #expect(result.errorText == "")
    #expect(firstDifference(result.output, expected) == nil)
    let text = result.outputText
    #expect(text.components(separatedBy: "頭髮滑鼠軟體").count - 1 == Self.cutOffsets.count)
  }

  @Test func standardInputOutputEqualsConvertingTheWholeText() throws {
    let input = Self.generatedInput()
    let folder = try TemporaryFolder()
    let file = try folder.file("large.txt", contents: input)
    let expected = Array(try Converter(.s2twp).convert(String(decoding: input, as: UTF8.self)).utf8)

    let result = try ZhProcess.run(["convert", "--config", "s2twp"], inputFile: file)
    #expect(result.status == 0)
    #expect(firstDifference(result.output, expected) == nil)
  }

  /// The first offset where `actual` and `expected` differ, with a little context, or `nil` when equal.
  private func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String? {
    guard actual != expected else { return nil }
    let common = min(actual.count, expected.count)
    let offset = (0..<common).first { actual[$0] != expected[$0] } ?? common
    let context = { (bytes: [UInt8]) in
      String(decoding: bytes[max(0, offset - 24)..<min(bytes.count, offset + 24)], as: UTF8.self)
    }
    return "sizes \(actual.count) and \(expected.count); first difference at byte \(offset): "
      + "\(context(actual)) vs \(context(expected))"
  }
}
