import ChineseConversion
import ChineseTextCore
import Foundation
import Testing

@Suite("Damaged resources are errors, never crashes")
struct ResourceLoadingTests {
  static func bundledBytes() throws -> [UInt8] {
    let path = try #require(Converter.bundledResourcePath)
    return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func load(_ bytes: [UInt8]) throws(ConversionError) -> Converter {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ct-\(UUID().uuidString).ctres")
    defer { try? FileManager.default.removeItem(at: url) }
    do { try Data(bytes).write(to: url) } catch { Issue.record("cannot write \(url.path)") }
    return try Converter(.s2t, resourceFile: url.path)
  }

  @Test func intactCopyLoads() throws {
    let converter = try Self.load(Self.bundledBytes())
    #expect(converter.convert("汉字") == "漢字")
  }

  @Test func flippedByteFailsTheChecksum() throws {
    var bytes = try Self.bundledBytes()
    bytes[bytes.count / 2] ^= 0x40
    #expect {
      _ = try Self.load(bytes)
    } throws: { error in
      guard case .resource(.checksumMismatch) = error as? ConversionError else { return false }
      return true
    }
  }

  @Test func truncatedFileIsReportedAsTruncated() throws {
    let bytes = try Self.bundledBytes()
    for length in [0, 7, 47, 48, 1000, bytes.count - 1] {
      #expect {
        _ = try Self.load(Array(bytes.prefix(length)))
      } throws: { error in
        // Fewer than eight bytes cannot even hold the signature; every longer prefix is truncated.
        switch error as? ConversionError {
        case .resource(.truncated): return true
        case .resource(.badSignature): return length < 8
        default: return false
        }
      }
    }
  }

  @Test func otherFilesAreRejected() throws {
    #expect(throws: ConversionError.resource(.badSignature)) {
      _ = try Self.load(Array("not a resource at all, just some text of more than forty-eight bytes".utf8))
    }
    var bytes = try Self.bundledBytes()
    bytes[8] = 99  // format version
    #expect(throws: ConversionError.resource(.unsupportedVersion(found: 99, supported: 1))) {
      _ = try Self.load(bytes)
    }
  }

  @Test func missingFileIsNotFound() {
    #expect(throws: ConversionError.resource(.notFound("/nonexistent/Conversion.ctres"))) {
      _ = try Converter(.s2t, resourceFile: "/nonexistent/Conversion.ctres")
    }
  }

  @Test func directoryIsUnreadable() {
    #expect {
      _ = try Converter(.s2t, resourceFile: FileManager.default.temporaryDirectory.path)
    } throws: { error in
      guard case .resource(.unreadable) = error as? ConversionError else { return false }
      return true
    }
  }

  @Test func errorsDescribeThemselves() {
    let error = ConversionError.resource(.truncated(expectedBytes: 100, actualBytes: 10))
    #expect(error.description == "resource is truncated: 10 bytes where 100 were expected")
  }
}
