import Benchmark
import ChineseConversion
import Foundation

// Conversion benchmarks.
//
//   swift package --package-path Benchmarks benchmark --no-progress --format markdown
//   swift package --package-path Benchmarks benchmark --filter 'Conversion.s2t' --no-progress
//
// Input: ../shared/corpus/zh-hans-news.txt beside the repository (about 1 MB of Simplified news text; never
// copied into the repository), or Fixtures/bench/conversion-sample.txt when ../shared is absent. Set
// CHINESETEXT_BENCH_CORPUS to a file to use another text. Each iteration converts the whole text.
//
// package-benchmark's Throughput metric counts iterations per second. The conversion benchmarks therefore
// also record a custom metric `MB/s` (input bytes / seconds of that iteration, MB = 10^6 bytes) and print a
// summary line at teardown: `<name>: <bytes> bytes, median <ms> ms/iteration -> <MB/s> MB/s`.

let benchmarks: @Sendable () -> Void = {
  let conversionConfiguration = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, BenchMetrics.megabytesPerSecond],
    timeUnits: .microseconds,
    warmupIterations: 1,
    maxDuration: .seconds(2),
    maxIterations: 1000
  )

  conversionBenchmark("Conversion.s2t", .s2t, conversionConfiguration, input: "the corpus") {
    BenchInput.simplified
  }
  conversionBenchmark("Conversion.t2s", .t2s, conversionConfiguration, input: "the corpus converted with s2t") {
    BenchInput.traditional
  }
  conversionBenchmark("Conversion.s2twp", .s2twp, conversionConfiguration, input: "the corpus") {
    BenchInput.simplified
  }
  conversionBenchmark("Conversion.tw2sp", .tw2sp, conversionConfiguration, input: "the corpus converted with s2twp") {
    BenchInput.taiwan
  }

  // Mapping + validating the compiled dictionaries and making a converter. Every call goes through
  // `init(_:resourceFile:)`, which maps and validates the file afresh (the bundled tables are cached per
  // process; this path is not).
  let loadTimes = DurationLog()
  Benchmark(
    "Conversion.load",
    configuration: .init(
      metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
      timeUnits: .microseconds,
      warmupIterations: 1,
      maxDuration: .seconds(2),
      maxIterations: 500
    )
  ) { benchmark in
    let path = BenchInput.resourcePath
    let start = ContinuousClock.now
    let converter: Converter
    do { converter = try Converter(.s2t, resourceFile: path) } catch {
      benchmark.error("cannot load \(path): \(error)")
      return
    }
    loadTimes.append(ContinuousClock.now - start)
    blackHole(converter)
  } setup: {
    loadTimes.removeAll()
    _ = BenchInput.resourcePath
  } teardown: {
    let median = loadTimes.medianSeconds
    print(
      "Conversion.load: median \(format(median * 1e3, 3)) ms to map + validate + make a converter "
        + "(\(loadTimes.count) runs; \(BenchInput.resourcePath))")
  }
}

enum BenchMetrics {
  /// Input megabytes (10^6 bytes) converted per second, measured per iteration.
  static let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
}

/// Registers a benchmark that converts the whole `input` text with `configuration` once per iteration.
func conversionBenchmark(
  _ name: String, _ configuration: ConversionConfiguration, _ benchmarkConfiguration: Benchmark.Configuration,
  input inputDescription: String, _ input: @escaping @Sendable () -> String
) {
  let times = DurationLog()
  // Made on first use (in setup), outside any measurement.
  let converter = LazyBox { try! Converter(configuration) }
  Benchmark(name, configuration: benchmarkConfiguration) { benchmark in
    let text = input()
    let converter = converter.value
    let start = ContinuousClock.now
    let converted = converter.convert(text)
    let elapsed = ContinuousClock.now - start
    blackHole(converted)
    times.append(elapsed)
    let seconds = DurationLog.seconds(elapsed)
    if seconds > 0 {
      benchmark.measurement(BenchMetrics.megabytesPerSecond, Int((Double(text.utf8.count) / seconds / 1e6).rounded()))
    }
  } setup: {
    times.removeAll()
    _ = input()
    _ = converter.value
    print("\(name): input is \(inputDescription), \(input().utf8.count) bytes; corpus \(BenchInput.sourceDescription)")
  } teardown: {
    let bytes = input().utf8.count
    let median = times.medianSeconds
    let rate = median > 0 ? Double(bytes) / median / 1e6 : 0
    print(
      "\(name): \(bytes) bytes, median \(format(median * 1e3, 2)) ms/iteration -> \(format(rate, 1)) MB/s "
        + "(bytes x iterations/s, MB = 10^6 bytes; \(times.count) iterations incl. warm-up)")
  }
}

/// The benchmark texts, read and converted once per process.
enum BenchInput {
  static let source: (path: String, text: String) = {
    let candidates = corpusCandidates()
    for path in candidates {
      if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
        return (path, String(decoding: data, as: UTF8.self))
      }
    }
    fatalError("no benchmark corpus found; looked in: \(candidates.joined(separator: ", "))")
  }()

  static var simplified: String { source.text }
  static var sourceDescription: String { "\(source.path) (\(source.text.utf8.count) bytes)" }

  /// Traditional (OpenCC standard) input for t2s: the corpus converted with s2t.
  static let traditional: String = { try! Converter(.s2t).convert(simplified) }()
  /// Taiwan-standard input with Taiwan vocabulary for tw2sp: the corpus converted with s2twp.
  static let taiwan: String = { try! Converter(.s2twp).convert(simplified) }()

  static let resourcePath: String = {
    guard let path = Converter.bundledResourcePath else {
      fatalError("the bundled Conversion.ctres cannot be found (set CHINESETEXT_RESOURCES)")
    }
    return path
  }()

  /// The repository root: the nearest folder above this file that holds the ChineseText package.
  static let repositoryRoot: URL? = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      let manifest = folder.appendingPathComponent("Package.swift").path
      let library = folder.appendingPathComponent("Sources/ChineseConversion").path
      if FileManager.default.fileExists(atPath: manifest) && FileManager.default.fileExists(atPath: library) {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  static func corpusCandidates() -> [String] {
    var paths: [String] = []
    if let override = ProcessInfo.processInfo.environment["CHINESETEXT_BENCH_CORPUS"], !override.isEmpty {
      paths.append(override)
    }
    var roots: [URL] = []
    if let repositoryRoot { roots.append(repositoryRoot) }
    roots.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    for root in roots {
      paths.append(root.appendingPathComponent("../shared/corpus/zh-hans-news.txt").standardized.path)
      paths.append(root.appendingPathComponent("Fixtures/bench/conversion-sample.txt").standardized.path)
    }
    var seen = Set<String>()
    return paths.filter { seen.insert($0).inserted }
  }
}

/// Per-iteration durations, recorded by a benchmark closure and summarised at teardown.
final class DurationLog: @unchecked Sendable {
  private let lock = NSLock()
  private var durations: [Duration] = []

  func append(_ duration: Duration) { lock.withLock { durations.append(duration) } }
  func removeAll() { lock.withLock { durations.removeAll(keepingCapacity: true) } }
  var count: Int { lock.withLock { durations.count } }

  var medianSeconds: Double {
    let sorted = lock.withLock { durations }.map(Self.seconds).sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}

/// A value made on first use, thread-safely.
final class LazyBox<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value?
  private let make: @Sendable () -> Value

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var value: Value {
    lock.withLock {
      if let stored { return stored }
      let made = make()
      stored = made
      return made
    }
  }
}

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
