import ArgumentParser
import ChineseText
import Foundation

/// Runs OpenCC's own test cases and golden documents through our converters.
struct OpenCCEvaluation: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "opencc",
    abstract: "OpenCC's test cases (testcases.strict.json) and golden whole-document outputs.")

  @Option(help: "OpenCC's test folder (holding testcases/ and golden/).")
  var tests = "../shared/eval/opencc/test"

  @Flag(help: "Print every failing case.")
  var verbose = false

  struct Case: Decodable {
    let id: String
    let input: String
    let expected: [String: String]
  }
  struct Suite: Decodable { let cases: [Case] }

  func run() throws {
    let casesURL = URL(fileURLWithPath: tests).appendingPathComponent("testcases/testcases.strict.json")
    let suite = try JSONDecoder().decode(Suite.self, from: Data(contentsOf: casesURL))
    var converters: [String: Converter] = [:]
    func converter(_ name: String) throws -> Converter {
      if let existing = converters[name] { return existing }
      let made = try Converter(configurationName: name)
      converters[name] = made
      return made
    }
    var passed: [String: Int] = [:]
    var total: [String: Int] = [:]
    var failures: [String] = []
    for testCase in suite.cases {
      for (name, expected) in testCase.expected.sorted(by: { $0.key < $1.key }) {
        total[name, default: 0] += 1
        let actual = try converter(name).convert(testCase.input)
        if actual == expected {
          passed[name, default: 0] += 1
        } else {
          failures.append(
            "\(testCase.id) [\(name)]\n  input:    \(testCase.input)\n  expected: \(expected)\n  actual:   \(actual)")
        }
      }
    }
    print("OpenCC test cases (\(casesURL.path))")
    print("config   passed/total")
    for name in total.keys.sorted() {
      print("\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(passed[name, default: 0])/\(total[name]!)")
    }
    let allPassed = passed.values.reduce(0, +)
    let allTotal = total.values.reduce(0, +)
    print("all      \(allPassed)/\(allTotal)")
    if verbose {
      for failure in failures { print(failure) }
    }

    // Golden documents: whole-file outputs of the plain (mmseg) configurations.
    let golden = URL(fileURLWithPath: tests).appendingPathComponent("golden")
    let input = try String(contentsOf: golden.appendingPathComponent("input/us_constitution_zhs.txt"), encoding: .utf8)
    var goldenFailures = 0
    print("golden documents")
    for name in ["s2t", "s2tw", "s2twp", "s2hk", "s2hkp"] {
      let expected = try String(
        contentsOf: golden.appendingPathComponent("output/us_constitution_zhs.\(name).txt"), encoding: .utf8)
      let actual = try converter(name).convert(input)
      let identical = actual == expected
      if !identical { goldenFailures += 1 }
      var differingLines = 0
      if !identical {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        differingLines = zip(a, e).filter { $0 != $1 }.count + abs(a.count - e.count)
        if verbose {
          for (x, y) in zip(a, e) where x != y { print("  expected: \(y)\n  actual:   \(x)") }
        }
      }
      print(
        "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(identical ? "identical" : "DIFFERS (\(differingLines) lines)")"
      )
    }
    if allPassed != allTotal || goldenFailures > 0 { throw ExitCode(1) }
  }
}
