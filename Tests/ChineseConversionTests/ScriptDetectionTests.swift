import ChineseConversion
import Testing

@Suite("Script detection")
struct ScriptDetectionTests {
  @Test func detectsEachScript() throws {
    let detector = try ScriptDetector()
    #expect(detector.detect("这是简体中文的句子，说明问题。").script == .simplified)
    #expect(detector.detect("這是繁體中文的句子，說明問題。").script == .traditional)
    #expect(detector.detect("这是简体，這是繁體，說明問題，说明问题").script == .mixed)
    #expect(detector.detect("Hello, world 123").script == .none)
    #expect(detector.detect("").script == .none)
  }

  @Test func charactersCommonToBothScriptsDecideNothing() throws {
    let result = try ScriptDetector().detect("中文大小人口")
    #expect(result.script == .none)
    #expect(result.hanCount == 6)
    #expect(result.simplifiedCount == 0 && result.traditionalCount == 0)
  }

  @Test func countsAreReported() throws {
    let result = try ScriptDetector().detect("头发 頭髮 abc")
    #expect(result.simplifiedCount == 2)
    #expect(result.traditionalCount == 2)
    #expect(result.hanCount == 4)
    #expect(result.script == .mixed)
  }

  @Test func strayCharactersDoNotMakeATextMixed() throws {
    // One traditional character among many simplified ones stays simplified.
    let text = String(repeating: "这个问题说明了发展的经验。", count: 4) + "這"
    let result = try Converter(.s2t).detectScript(in: text)
    #expect(result.script == .simplified)
    #expect(result.traditionalCount == 1)
  }
}
