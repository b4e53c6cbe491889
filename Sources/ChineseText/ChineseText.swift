/// ChineseText: Chinese text processing for Swift.
///
/// Importing `ChineseText` imports every capability of the package: ``ChineseConversion`` today.
@_exported import ChineseConversion
