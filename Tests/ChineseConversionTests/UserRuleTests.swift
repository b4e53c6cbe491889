import ChineseConversion
import Testing

@Suite("User rules override the bundled tables")
struct UserRuleTests {
  @Test func ruleWinsOverDictionary() throws {
    let plain = try Converter(.s2t)
    #expect(plain.convert("头发很长") == "頭髮很長")
    let custom = try Converter(.s2t, userRules: ["头发": "头发丝"])
    #expect(custom.convert("头发很长") == "头发丝很長")
  }

  @Test func longestRuleWins() throws {
    let converter = try Converter(.s2t, userRules: ["软件": "A", "软件包": "B"])
    #expect(converter.convert("软件包和软件") == "B和A")
  }

  @Test func textBetweenRulesIsStillConverted() throws {
    let converter = try Converter(.s2twp, userRules: ["鼠标": "老鼠"])
    #expect(converter.convert("软件鼠标软件") == "軟體老鼠軟體")
    let result = converter.convertWithSpans("软件鼠标软件")
    #expect(result.spans.map { String($0.source) } == ["软件", "鼠标", "软件"])
    #expect(result.spans.map { String($0.replacement) } == ["軟體", "老鼠", "軟體"])
  }

  @Test func rulesMayMatchNonHanText() throws {
    let converter = try Converter(.s2t, userRules: ["iPhone手机": "iPhone手機（蘋果）"])
    #expect(converter.convert("我的iPhone手机") == "我的iPhone手機（蘋果）")
  }

  @Test func emptyKeysAndValuesAreRejected() {
    #expect(throws: ConversionError.invalidUserRule(key: "", reason: "the key is empty")) {
      try Converter(.s2t, userRules: ["": "x"])
    }
    #expect(throws: ConversionError.invalidUserRule(key: "头", reason: "the value is empty")) {
      try Converter(.s2t, userRules: ["头": ""])
    }
  }
}
