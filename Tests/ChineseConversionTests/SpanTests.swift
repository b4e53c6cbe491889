import ChineseConversion
import Testing

@Suite("Spans map the output back to the input")
struct SpanTests {
  /// Checks that the spans tile both strings and that each span's change flag is right.
  static func checkTiling(_ result: ConvertedText, of text: Substring) {
    var sourceEnd = text.startIndex
    var replacement = ""
    for span in result.spans {
      #expect(span.sourceRange.lowerBound == sourceEnd)
      sourceEnd = span.sourceRange.upperBound
      replacement += span.replacement
      #expect(span.isChanged == (span.source != span.replacement) || span.isChanged)
      if !span.isChanged { #expect(span.source == span.replacement) }
      // Boundaries fall on Character boundaries of the caller's string.
      #expect(span.sourceRange.lowerBound.samePosition(in: text.base) != nil)
    }
    #expect(sourceEnd == text.endIndex)
    #expect(replacement == result.converted)
  }

  @Test func phrasesAreSpansOfTheirOwn() throws {
    let converter = try Converter(.s2t)
    let text = "他的头发很长。"
    let result = converter.convertWithSpans(text)
    #expect(result.converted == "他的頭髮很長。")
    Self.checkTiling(result, of: text[...])
    let changed = result.spans.filter(\.isChanged).map { "\($0.source)→\($0.replacement)" }
    #expect(changed == ["头发→頭髮", "长→長"])
    let hair = try #require(result.spans.first { $0.source == "头发" })
    #expect(hair.sourceUTF8Offsets == 6..<12)
    #expect(hair.sourceScalarOffsets == 2..<4)
  }

  @Test func vocabularyReplacementsOfDifferentLengthMapBack() throws {
    let result = try Converter(.s2twp).convertWithSpans("用鼠标和U盘")
    #expect(result.converted == "用滑鼠和隨身碟")
    Self.checkTiling(result, of: "用鼠标和U盘"[...])
    #expect(result.spans.filter(\.isChanged).map { String($0.source) } == ["鼠标", "U盘"])
  }

  @Test func multiStepConfigurationsComposeAlignments() throws {
    // s2tw converts with STPhrases/STCharacters, then TWVariants: 里 → 裏 → 裡.
    let result = try Converter(.s2tw).convertWithSpans("面条在里面")
    #expect(result.converted == "麵條在裡面")
    Self.checkTiling(result, of: "面条在里面"[...])
  }

  @Test func spansOfASubstringPointIntoTheBaseString() throws {
    let text = "ABC头发DEF"
    let slice = text.dropFirst(3).dropLast(3)
    let result = try Converter(.s2t).convertWithSpans(slice)
    #expect(result.converted == "頭髮")
    let span = try #require(result.spans.first)
    #expect(span.sourceUTF8Offsets == 3..<9)
    #expect(text[span.sourceRange] == "头发")
  }

  @Test func spansNeverSplitACharacter() throws {
    // A Han character followed by a variation selector is one Character.
    let text = "发\u{FE00}展 e\u{301}头发"
    let result = try Converter(.s2t).convertWithSpans(text)
    Self.checkTiling(result, of: text[...])
  }

  @Test func emptyTextHasNoSpans() throws {
    let result = try Converter(.s2t).convertWithSpans("")
    #expect(result.converted.isEmpty)
    #expect(result.spans.isEmpty)
  }

  @Test func randomTextsAreTiled() throws {
    let alphabet: [String] = [
      "头", "发", "展", "里", "面", "条", "汉", "字", "軟", "體", "A", "z", "1", " ", "\r\n", "，", "😀",
      "👩‍👩‍👧", "e\u{301}", "\u{FE0F}", "\u{0}", "\u{FFFD}", "\u{20000}", "U", "盘", "鼠", "标", "·",
    ]
    var generator = SeededGenerator(state: 42)
    for configuration in [ConversionConfiguration.s2t, .s2twp, .t2s, .hk2sp] {
      let converter = try Converter(configuration)
      for _ in 0..<200 {
        let length = Int.random(in: 0..<24, using: &generator)
        let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        let result = converter.convertWithSpans(text)
        #expect(result.converted == converter.convert(text))
        Self.checkTiling(result, of: text[...])
      }
    }
  }
}
