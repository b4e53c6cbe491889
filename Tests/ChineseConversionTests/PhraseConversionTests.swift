import ChineseConversion
import Testing

@Suite("Phrase-level conversion")
struct PhraseConversionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let configuration: ConversionConfiguration
    let input: String
    let expected: String
    var testDescription: String { "\(configuration): \(input)" }
  }

  static let cases: [Case] = {
    guard let rows = try? FixtureFiles.rows("conversion/phrases.tsv") else { return [] }
    return rows.compactMap { row in
      guard row.count == 3, let configuration = ConversionConfiguration(rawValue: row[0]) else { return nil }
      return Case(configuration: configuration, input: row[1], expected: row[2])
    }
  }()

  @Test func fixtureFileIsRead() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases)
  func converts(_ testCase: Case) throws {
    let converter = try Converter(testCase.configuration)
    #expect(converter.convert(testCase.input) == testCase.expected)
  }

  @Test func everyConfigurationLoads() throws {
    for configuration in ConversionConfiguration.allCases {
      let converter = try Converter(configuration)
      #expect(converter.configuration == configuration)
      #expect(converter.convert("") == "")
    }
  }

  @Test func substringsConvertLikeStrings() throws {
    let converter = try Converter(.s2t)
    let text = "前缀头发后缀"
    let slice = text.dropFirst(2).dropLast(2)
    #expect(converter.convert(slice) == "頭髮")
  }

  @Test func tofuRiskCharactersFollowTheOption() throws {
    // 㑮 has a rare simplified form that common fonts lack; OpenCC's test suite expects it by default.
    #expect(try Converter(.t2s).convert("㑮") == "\u{2B748}")
    #expect(try Converter(.t2s, options: .init(includesTofuRiskCharacters: false)).convert("㑮") == "㑮")
  }

  @Test func configurationNamesAreParsed() throws {
    #expect(try ConversionConfiguration(name: "S2TWP.json") == .s2twp)
    #expect(throws: ConversionError.self) { try ConversionConfiguration(name: "s2x") }
    do {
      _ = try Converter(configurationName: "zh-cn")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("unknown configuration 'zh-cn'"))
      #expect(error.description.contains("s2twp"))
    }
  }
}
