import ChineseConversion
import Foundation
import Testing

/// `zh convert` on valid input: exact conversions, inputs, outputs, options and rules.
@Suite struct ConvertCommandTests {
  @Test(arguments: [
    ("s2t", "头发", "頭髮"),
    ("s2twp", "鼠标", "滑鼠"),
    ("s2twp", "鼠标和软件", "滑鼠和軟體"),
    ("t2s", "頭髮", "头发"),
    ("tw2sp", "筆記型電腦", "笔记本电脑"),
  ])
  func convertsPhrasesFromStandardInput(configuration: String, input: String, expected: String) throws {
    let result = try ZhProcess.run(["convert", "--config", configuration], input: Array(input.utf8))
    #expect(result.errorText == "")
    #expect(result.status == 0)
    #expect(result.outputText == expected)
  }

  @Test func convertsAFileKeepingLineEndingsEmojiLatinAndDigits() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "simplified.txt"])
    #expect(result.status == 0)
    #expect(
      result.outputText
        == "我的頭髮很長，鼠標和軟件都在桌上。\r\n"
        + "Emoji 😀👍🏽 and Latin text: iPhone 15 Pro, 2024年10月1日。\r\n"
        + "後來他去了臺灣，買了一臺筆記本電腦。\r\n")
  }

  @Test func convertsBetweenTheFixturePairWithRegionalVocabulary() throws {
    let toTaiwan = try ZhProcess.run(["convert", "-c", "s2twp", "simplified.txt"])
    #expect(toTaiwan.status == 0)
    #expect(toTaiwan.output == (try CLIFixtures.bytes("traditional.txt")))

    let toMainland = try ZhProcess.run(["convert", "-c", "tw2sp", "traditional.txt"])
    #expect(toMainland.status == 0)
    #expect(toMainland.output == (try CLIFixtures.bytes("simplified.txt")))
  }

  @Test(arguments: ConversionConfiguration.allCases)
  func matchesTheLibraryForEveryConfiguration(configuration: ConversionConfiguration) throws {
    for fixture in ["simplified.txt", "traditional.txt"] {
      let result = try ZhProcess.run(["convert", "--config", configuration.name, fixture])
      #expect(result.status == 0)
      #expect(result.outputText == (try Converter(configuration).convert(try CLIFixtures.text(fixture))))
    }
  }

  @Test func acceptsConfigurationNamesInAnyCaseAndWithJSONSuffix() throws {
    let result = try ZhProcess.run(["convert", "--config", "S2T.json"], input: Array("头发".utf8))
    #expect(result.status == 0)
    #expect(result.outputText == "頭髮")
  }

  @Test func convertsSeveralInputsInOrderWithDashForStandardInput() throws {
    let result = try ZhProcess.run(
      ["convert", "--config", "s2t", "simplified.txt", "-", "simplified.txt"], input: Array("头发\n".utf8))
    let file = try Converter(.s2t).convert(try CLIFixtures.text("simplified.txt"))
    #expect(result.status == 0)
    #expect(result.outputText == file + "頭髮\n" + file)
  }

  @Test func eachInputIsConvertedOnItsOwn() throws {
    // A phrase split across two inputs is not joined: each input is converted separately.
    let folder = try TemporaryFolder()
    let first = try folder.file("first.txt", contents: Array("头".utf8))
    let second = try folder.file("second.txt", contents: Array("发".utf8))
    let result = try ZhProcess.run(["convert", "--config", "s2t", first.path, second.path])
    #expect(result.status == 0)
    #expect(result.outputText == "頭發")
  }

  @Test func writesToTheOutputFile() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("out.txt")
    try Data("stale contents that must be replaced".utf8).write(to: output)
    let result = try ZhProcess.run(["convert", "--config", "s2twp", "--output", output.path, "simplified.txt"])
    #expect(result.status == 0)
    #expect(result.output.isEmpty)
    #expect(result.errorText == "")
    #expect(Array(try Data(contentsOf: output)) == (try CLIFixtures.bytes("traditional.txt")))
  }

  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t"], input: [])
    #expect(result.status == 0)
    #expect(result.output.isEmpty)
  }

  @Test func excludingTofuRiskCharactersKeepsThem() throws {
    let standard = try ZhProcess.run(["convert", "--config", "t2s"], input: Array("㑮".utf8))
    #expect(standard.outputText == "\u{2B748}")
    let excluded = try ZhProcess.run(["convert", "--config", "t2s", "--exclude-tofu-risk"], input: Array("㑮".utf8))
    #expect(excluded.status == 0)
    #expect(excluded.outputText == "㑮")
  }

  @Test func ruleArgumentsOverrideTheDictionaries() throws {
    let result = try ZhProcess.run(
      ["convert", "--config", "s2t", "--rule", "鼠标=滑鼠", "--rule", "软件=软体"], input: Array("鼠标和软件，头发".utf8))
    #expect(result.status == 0)
    #expect(result.outputText == "滑鼠和软体，頭髮")
  }

  @Test func ruleValuesMayContainEqualsSigns() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--rule", "鼠标=a=b"], input: Array("鼠标".utf8))
    #expect(result.status == 0)
    #expect(result.outputText == "a=b")
  }

  @Test func rulesFileSkipsCommentsAndBlankLinesAndAcceptsCRLF() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--rules-file", "rules.tsv", "simplified.txt"])
    #expect(result.status == 0)
    #expect(result.errorText == "")
    #expect(result.outputText.hasPrefix("我的頭髮很長，滑鼠仔和软体程式都在桌上。\r\n"))
  }

  @Test func ruleArgumentsWinOverTheRulesFile() throws {
    let result = try ZhProcess.run(
      ["convert", "--config", "s2t", "--rules-file", "rules.tsv", "--rule", "鼠标=mouse"], input: Array("鼠标软件".utf8))
    #expect(result.status == 0)
    #expect(result.outputText == "mouse软体程式")
  }

  @Test func lossyModeReplacesInvalidUTF8() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--lossy", "invalid-utf8.txt"])
    #expect(result.status == 0)
    #expect(result.errorText == "")
    #expect(result.outputText == "頭髮 ok\n\u{FFFD}\u{FFFD} after\n")
  }

  @Test func lossyModeReplacesATruncatedSequenceAtTheEnd() throws {
    let result = try ZhProcess.run(
      ["convert", "--config", "s2t", "--lossy"], input: Array("头发".utf8) + Array("头".utf8).prefix(2))
    #expect(result.status == 0)
    #expect(result.outputText == "頭髮\u{FFFD}")
  }
}
