import Foundation
import Testing

/// `zh convert` on bad input and arguments: messages, exit statuses and what is still written.
@Suite struct ConvertFailureTests {
  @Test func unknownConfigurationListsTheValidOnes() throws {
    let result = try ZhProcess.run(["convert", "--config", "xyz"], input: Array("头发".utf8))
    #expect(result.status != 0)
    #expect(result.output.isEmpty)
    #expect(
      result.errorText
        == "zh: unknown configuration 'xyz'; valid configurations: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, "
        + "s2hkp, hk2sp, t2tw, tw2t, t2hk, hk2t, t2jp, jp2t\n")
  }

  @Test func missingConfigurationIsAUsageError() throws {
    let result = try ZhProcess.run(["convert"], input: Array("头发".utf8))
    #expect(result.status == 64)
    #expect(result.errorText.contains("--config"))
  }

  @Test func invalidUTF8InAFileIsReportedWithItsOffset() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "invalid-utf8.txt"])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: invalid-utf8.txt: invalid UTF-8 at byte offset 10\n")
    // Nothing past the bad byte is written.
    #expect(Array("頭髮 ok\n".utf8).starts(with: result.output))
  }

  @Test func invalidUTF8OnStandardInputIsReportedAsStdin() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t"], input: Array("头发".utf8) + [0xC0, 0x80])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: <stdin>: invalid UTF-8 at byte offset 6\n")
  }

  @Test func truncatedSequenceAtTheEndIsInvalid() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t"], input: Array("头发".utf8) + Array("头".utf8).prefix(2))
    #expect(result.status == 1)
    #expect(result.errorText == "zh: <stdin>: invalid UTF-8 at byte offset 6\n")
  }

  @Test func offsetIsCountedWithinTheFileAcrossChunks() throws {
    let folder = try TemporaryFolder()
    let badOffset = 300_000  // past the first 256 KiB read
    let file = try folder.file("late.txt", contents: [UInt8](repeating: UInt8(ascii: "a"), count: badOffset) + [0xFF])
    let result = try ZhProcess.run(["convert", "--config", "s2t", "simplified.txt", file.path])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: \(file.path): invalid UTF-8 at byte offset \(badOffset)\n")
    let first = try CLIFixtures.bytes("simplified.txt").count
    #expect(result.output.count <= first + badOffset)
    #expect(result.outputText.hasPrefix("我的頭髮很長"))
  }

  @Test func otherInputsAreStillConvertedAfterABadOne() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "invalid-utf8.txt", "-"], input: Array("头发".utf8))
    #expect(result.status == 1)
    #expect(result.errorText == "zh: invalid-utf8.txt: invalid UTF-8 at byte offset 10\n")
    #expect(result.outputText.hasSuffix("頭髮"))
  }

  @Test func missingFileIsReported() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "no-such-file.txt", "-"], input: Array("头发".utf8))
    #expect(result.status == 1)
    #expect(result.errorText == "zh: cannot read no-such-file.txt: No such file or directory\n")
    #expect(result.outputText == "頭髮")
  }

  @Test func directoryIsReported() throws {
    let folder = try TemporaryFolder()
    let result = try ZhProcess.run(["convert", "--config", "s2t", folder.url.path])
    #expect(result.status == 1)
    #expect(result.errorText.hasPrefix("zh: cannot read \(folder.url.path): "))
    #expect(result.output.isEmpty)
  }

  @Test func unwritableOutputIsReported() throws {
    let folder = try TemporaryFolder()
    let output = folder.url.appendingPathComponent("missing-folder/out.txt").path
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--output", output], input: Array("头发".utf8))
    #expect(result.status == 1)
    #expect(result.errorText == "zh: cannot write \(output): No such file or directory\n")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func failingWriteIsReported() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--output", "/dev/full", "simplified.txt"])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: cannot write /dev/full: No space left on device\n")
  }

  @Test func outputThatIsAlsoAnInputIsRefused() throws {
    let folder = try TemporaryFolder()
    let file = try folder.file("same.txt", contents: Array("头发".utf8))
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--output", file.path, file.path])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: \(file.path) is both an input and the output file\n")
    #expect(Array(try Data(contentsOf: file)) == Array("头发".utf8))
  }

  @Test func malformedRulesFileNamesFileAndLine() throws {
    let result = try ZhProcess.run([
      "convert", "--config", "s2t", "--rules-file", "rules-malformed.tsv", "simplified.txt",
    ])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.errorText == "zh: rules-malformed.tsv:3: malformed rule '软件 软体'; expected KEY<TAB>VALUE\n")
  }

  @Test func missingRulesFileIsReported() throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--rules-file", "no-such-rules.tsv"], input: [])
    #expect(result.status == 1)
    #expect(result.errorText == "zh: cannot read no-such-rules.tsv: No such file or directory\n")
  }

  @Test(arguments: ["no-equals-sign", "=value", "key="])
  func malformedRuleArgumentIsAUsageError(rule: String) throws {
    let result = try ZhProcess.run(["convert", "--config", "s2t", "--rule", rule], input: Array("头发".utf8))
    #expect(result.status == 64)
    #expect(result.output.isEmpty)
    #expect(result.errorText == "zh: invalid rule '\(rule)'; expected KEY=VALUE with a non-empty key and value\n")
  }
}
