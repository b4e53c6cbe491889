import ChineseConversion
import Foundation

/// In-process conversion throughput, for `Scripts/compare_conversion.py`.
///
///     ConversionThroughput --config CFG FILE [--iterations N] [--output PATH]
///
/// Reads FILE (UTF-8), makes a converter for CFG over the bundled dictionaries, converts the whole text once
/// as a warm-up and then N more times (default 10), timing each conversion alone (no I/O), and prints one line:
///
///     ours CFG bytes=B median_s=S MB/s=R
///
/// where MB is 10^6 bytes of input and R = B / S / 10^6. `--output PATH` also writes the converted text there
/// (once, after timing), so that the output can be compared with another converter's.
@main
struct ConversionThroughput {
  static let usage = "usage: ConversionThroughput --config CFG FILE [--iterations N] [--output PATH]"

  static func main() {
    var configName: String?
    var file: String?
    var iterations = 10
    var outputPath: String?
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
      switch argument {
      case "--config", "-c":
        configName = arguments.popFirst()
      case "--iterations", "-n":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else {
          fail("--iterations needs a positive integer")
        }
        iterations = value
      case "--output", "-o":
        outputPath = arguments.popFirst()
      case "--help", "-h":
        print(usage)
        return
      default:
        if argument.hasPrefix("-") || file != nil { fail("unexpected argument '\(argument)'") }
        file = argument
      }
    }
    guard let configName, let file else { fail("missing --config or FILE") }

    let converter: Converter
    do { converter = try Converter(configurationName: configName) } catch { fail("\(error)") }
    guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
    let text = String(decoding: data, as: UTF8.self)
    let bytes = text.utf8.count

    var sink = converter.convert(text).utf8.count  // warm-up: page in the dictionaries, size the heap
    let clock = ContinuousClock()
    var seconds: [Double] = []
    seconds.reserveCapacity(iterations)
    for _ in 0..<iterations {
      let start = clock.now
      let converted = converter.convert(text)
      let elapsed = clock.now - start
      sink &+= converted.utf8.count
      seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    let median = Self.median(seconds)
    if sink == 0 && bytes > 0 { print("(empty output)") }  // keeps the conversions observable
    print(
      "ours \(configName) bytes=\(bytes) median_s=\(String(format: "%.6f", median)) "
        + "MB/s=\(String(format: "%.1f", Double(bytes) / median / 1e6))")

    if let outputPath {
      let converted = converter.convert(text)
      guard FileManager.default.createFile(atPath: outputPath, contents: Data(converted.utf8)) else {
        fail("cannot write \(outputPath)")
      }
    }
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ConversionThroughput: \(message)\n\(usage)\n".utf8))
    exit(2)
  }
}
