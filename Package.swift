// swift-tools-version:6.1
import PackageDescription

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
  name: "ChineseText",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "ChineseText", targets: ["ChineseText"]),
    .library(name: "ChineseConversion", targets: ["ChineseConversion"]),
    .executable(name: "zh", targets: ["zh"]),
    .executable(name: "chinesetext-resources", targets: ["ResourceGenerator"]),
    .executable(name: "chinesetext-eval", targets: ["Evaluation"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // ICU behind a header that exposes no ICU types (see README, "ICU").
    .target(
      name: "CICUShim",
      linkerSettings: [
        .linkedLibrary("icui18n", .when(platforms: [.linux])),
        .linkedLibrary("icuuc", .when(platforms: [.linux])),
        .linkedLibrary("icudata", .when(platforms: [.linux])),
        .linkedLibrary("icucore", .when(platforms: [.macOS])),
      ]
    ),
    // Shared internals: the compiled-resource container, tries, scalar codes, Unicode services.
    .target(name: "ChineseTextCore", dependencies: ["CICUShim"]),
    .target(
      name: "ChineseConversion",
      dependencies: ["ChineseTextCore"],
      resources: [.copy("Resources/Conversion.ctres")]
    ),
    .target(name: "ChineseText", dependencies: ["ChineseConversion"]),
    // The dictionary compiler: OpenCC text tables -> compiled resource. Not a library product.
    .target(name: "ResourceCompiler", dependencies: ["ChineseTextCore", "ChineseConversion"]),
    .executableTarget(name: "ResourceGenerator", dependencies: ["ResourceCompiler", argumentParser]),
    .executableTarget(name: "zh", dependencies: ["ChineseText", argumentParser]),
    // Accuracy evaluations against the research data in ../shared/eval (never copied into the repo).
    .executableTarget(name: "Evaluation", dependencies: ["ChineseText", "ChineseTextCore", argumentParser]),
    .testTarget(name: "ChineseTextCoreTests", dependencies: ["ChineseTextCore"]),
    .testTarget(name: "ChineseConversionTests", dependencies: ["ChineseConversion", "ChineseText"]),
    .testTarget(name: "ResourceCompilerTests", dependencies: ["ResourceCompiler", "ChineseConversion"]),
    .testTarget(name: "zhTests", dependencies: ["zh", "ChineseConversion"]),
  ],
  swiftLanguageModes: [.v6]
)
