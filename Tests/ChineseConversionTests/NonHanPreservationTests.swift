import ChineseConversion
import Testing

@Suite("Non-Han text passes through byte for byte")
struct NonHanPreservationTests {
  static let samples = [
    "Latin letters, digits 0123456789 and ASCII punctuation: !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "line one\r\nline two\r\n\r\n",
    "tabs\tand  spaces \u{00A0}no-break",
    "emoji 👩‍👩‍👧‍👦 🇹🇼 👍🏽 ❤️",
    "combining e\u{301} a\u{308}\u{323}",
    "nul \u{0} and replacement \u{FFFD}",
    "ＡＢＣ１２３，。！",
    "extension B \u{20000}\u{2A6D6} extension G \u{30000}",
    "a compatibility ideograph without a mapping \u{FA0E}",
    "pinyin zhōng wén, Ελληνικά, русский, العربية, हिन्दी",
  ]

  @Test(arguments: ConversionConfiguration.allCases)
  func nonHanTextIsUnchanged(_ configuration: ConversionConfiguration) throws {
    let converter = try Converter(configuration)
    for sample in Self.samples {
      #expect(Array(converter.convert(sample).utf8) == Array(sample.utf8), "\(configuration): \(sample)")
    }
  }

  @Test func nonHanAroundHanIsUnchanged() throws {
    let converter = try Converter(.s2t)
    let text = "“汉字”\r\n😀发展👍🏽\u{0}头发\t"
    #expect(converter.convert(text) == "“漢字”\r\n😀發展👍🏽\u{0}頭髮\t")
  }

  @Test func compatibilityIdeographsAreNormalizedAsOpenCCDoes() throws {
    // U+F900 is a CJK compatibility ideograph that OpenCC's normalisation maps to U+8C48 (豈), which t2s
    // then simplifies to U+5C82 (岂).
    #expect(try Converter(.t2tw).convert("\u{F900}").unicodeScalars.map(\.value) == [0x8C48])
    #expect(try Converter(.t2s).convert("\u{F900}").unicodeScalars.map(\.value) == [0x5C82])
  }
}
