// swift-tools-version:6.1
// Benchmarks for ChineseText, kept out of the root package so that its clean `swift build` / `swift test`
// stay fast (package-benchmark and its dependencies take about a minute to build).
//
//   swift package --package-path Benchmarks benchmark --no-progress --format markdown
//   swift build -c release --package-path Benchmarks --product ConversionThroughput
//   python3 Benchmarks/Scripts/compare_conversion.py
import PackageDescription

let package = Package(
  name: "ChineseTextBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    .package(name: "ChineseText", path: ".."),
  ],
  targets: [
    // package-benchmark suite: Conversion.s2t / t2s / s2twp / tw2sp / load.
    .executableTarget(
      name: "ConversionBenchmark",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ChineseConversion", package: "ChineseText"),
      ],
      path: "Benchmarks/ConversionBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // Plain in-process throughput probe used by Scripts/compare_conversion.py (no package-benchmark).
    .executableTarget(
      name: "ConversionThroughput",
      dependencies: [.product(name: "ChineseConversion", package: "ChineseText")],
      path: "Sources/ConversionThroughput"
    ),
  ],
  swiftLanguageModes: [.v6]
)
