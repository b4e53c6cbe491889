import ChineseTextCore
import Testing

@Suite("Resource container")
struct ResourceContainerTests {
  static let kind: UInt32 = 0x5445_5354

  static func sample() -> [UInt8] {
    var writer = ResourceWriter(kind: kind)
    writer.add(ResourceTag("ABCD"), bytes: Array("hello".utf8))
    writer.add(ResourceTag("NUMS"), values: [UInt32(1), 2, 3, 0xFFFF_FFFF])
    return writer.finish()
  }

  @Test func roundTrips() throws {
    let image = try ResourceImage(bytes: Self.sample(), expectedKind: Self.kind)
    #expect(Array(try image.requiredSection(ResourceTag("ABCD"))) == Array("hello".utf8))
    #expect(Array(try image.requiredArray(ResourceTag("NUMS"), of: UInt32.self)) == [1, 2, 3, 0xFFFF_FFFF])
    #expect(image.section(ResourceTag("NONE")) == nil)
    #expect(throws: ResourceError.malformed("missing section NONE")) {
      _ = try image.requiredSection(ResourceTag("NONE"))
    }
  }

  @Test func everyPrefixIsRejected() {
    let bytes = Self.sample()
    for length in 0..<bytes.count {
      #expect(throws: ResourceError.self) {
        _ = try ResourceImage(bytes: bytes.prefix(length), expectedKind: Self.kind)
      }
    }
  }

  @Test func everyFlippedBitAfterTheSignatureIsDetected() {
    let bytes = Self.sample()
    for index in 8..<bytes.count {
      var damaged = bytes
      damaged[index] ^= 0x01
      #expect(throws: ResourceError.self) { _ = try ResourceImage(bytes: damaged, expectedKind: Self.kind) }
    }
  }

  @Test func wrongKindAndTrailingBytesAreRejected() {
    #expect(throws: ResourceError.wrongKind(expected: 1, found: Self.kind)) {
      _ = try ResourceImage(bytes: Self.sample(), expectedKind: 1)
    }
    #expect(throws: ResourceError.self) { _ = try ResourceImage(bytes: Self.sample() + [0], expectedKind: Self.kind) }
  }

  @Test func checksumIsStable() {
    #expect(ResourceChecksum.compute(Array("ChineseText".utf8)) == ResourceChecksum.compute(Array("ChineseText".utf8)))
    #expect(ResourceChecksum.compute([]) != ResourceChecksum.compute([0]))
    #expect(
      ResourceChecksum.compute([1, 2, 3, 4, 5, 6, 7, 8, 9]) != ResourceChecksum.compute([1, 2, 3, 4, 5, 6, 7, 8, 8]))
  }
}
