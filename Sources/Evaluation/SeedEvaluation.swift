import ArgumentParser
import ChineseText
import ChineseTextCore
import Foundation

/// Converts each seed article (t2s for Traditional ones, s2t for Simplified ones, by script detection) and
/// checks that every non-Han character comes out unchanged and in order.
struct SeedEvaluation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seeds", abstract: "Convert the seed articles and check that non-Han text is untouched.")

  @Option(help: "The folder of seed articles.")
  var seeds = "../shared/seeds"

  func run() throws {
    let folder = URL(fileURLWithPath: seeds)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
      .sorted()
    let detector = try ScriptDetector()
    var failures = 0
    print("file        bytes  script       S/T counts   config  changed  non-Han scalars  unchanged")
    for file in files {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      let text = String(decoding: data, as: UTF8.self)
      let detection = detector.detect(text)
      let configuration: ConversionConfiguration = detection.script == .traditional ? .t2s : .s2t
      let result = try Converter(configuration).convertWithSpans(text)
      let before = text.unicodeScalars.filter { !ICU.isHan($0) }
      let after = result.converted.unicodeScalars.filter { !ICU.isHan($0) }
      let preserved = before.elementsEqual(after)
      if !preserved { failures += 1 }
      let changed = result.spans.filter(\.isChanged).count
      print(
        [
          file.padding(toLength: 10, withPad: " ", startingAt: 0), String(data.count).leftPadded(6),
          detection.script.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0),
          "\(detection.simplifiedCount)/\(detection.traditionalCount)".padding(
            toLength: 12, withPad: " ", startingAt: 0),
          configuration.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0), String(changed).leftPadded(7),
          String(before.count).leftPadded(16), preserved ? "yes" : "NO",
        ].joined(separator: " "))
    }
    if failures > 0 { throw ExitCode(1) }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
