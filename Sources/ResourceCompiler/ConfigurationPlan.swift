import Foundation

/// A step of a conversion chain as the compiler sees it: members in priority order, each member the union
/// of one or more dictionaries (earlier dictionaries win on duplicate keys).
struct StepPlan: Hashable, Sendable {
  struct Member: Hashable, Sendable {
    var dictionaries: [String]
    var mayOutputTofu: Bool
  }
  var members: [Member]

  var signature: String {
    members.map { $0.dictionaries.joined(separator: "+") + ($0.mayOutputTofu ? "!" : "") }.joined(separator: "|")
  }
}

/// One OpenCC configuration file, reduced to steps.
struct ConfigurationPlan: Sendable {
  var name: String
  var title: String
  var normalization: [StepPlan]
  var segmentation: StepPlan.Member?
  var chain: [StepPlan]

  /// Reads an OpenCC configuration (JSON).
  init(name: String, json: Data, file: String) throws(CompilerError) {
    let root: [String: Any]
    do {
      guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
        throw CompilerError.unsupportedConfiguration(file: file, reason: "the root is not an object")
      }
      root = object
    } catch let error as CompilerError {
      throw error
    } catch {
      throw .unsupportedConfiguration(file: file, reason: "invalid JSON: \(error)")
    }
    self.name = name
    title = root["name"] as? String ?? name
    func steps(_ key: String) throws(CompilerError) -> [StepPlan] {
      guard let list = root[key] else { return [] }
      guard let items = list as? [[String: Any]] else {
        throw .unsupportedConfiguration(file: file, reason: "\(key) is not a list of objects")
      }
      var result: [StepPlan] = []
      for item in items {
        guard let dict = item["dict"] as? [String: Any] else {
          throw .unsupportedConfiguration(file: file, reason: "a \(key) item has no dict")
        }
        result.append(try Self.step(dict, file: file))
      }
      return result
    }
    normalization = try steps("normalization")
    chain = try steps("conversion_chain")
    guard !chain.isEmpty else { throw .unsupportedConfiguration(file: file, reason: "empty conversion_chain") }
    if let segmentationObject = root["segmentation"] {
      guard let object = segmentationObject as? [String: Any], object["type"] as? String == "mmseg",
        let dict = object["dict"] as? [String: Any]
      else { throw .unsupportedConfiguration(file: file, reason: "only mmseg segmentation is supported") }
      segmentation = try Self.member(dict, file: file)
    }
  }

  /// A chain step: a short-circuit group of members, or a single member.
  private static func step(_ dict: [String: Any], file: String) throws(CompilerError) -> StepPlan {
    if dict["type"] as? String == "group", dict["match_policy"] as? String ?? "short_circuit" == "short_circuit" {
      guard let members = dict["dicts"] as? [[String: Any]], !members.isEmpty else {
        throw .unsupportedConfiguration(file: file, reason: "a group without dicts")
      }
      var result: [StepPlan.Member] = []
      for member in members { result.append(try Self.member(member, file: file)) }
      return StepPlan(members: result)
    }
    return StepPlan(members: [try member(dict, file: file)])
  }

  /// A member: one file dictionary, or a union group of file dictionaries.
  private static func member(_ dict: [String: Any], file: String) throws(CompilerError) -> StepPlan.Member {
    let tofu = dict["may_output_tofu"] as? Bool ?? false
    switch dict["type"] as? String {
    case "group":
      guard dict["match_policy"] as? String == "union", let members = dict["dicts"] as? [[String: Any]] else {
        throw .unsupportedConfiguration(file: file, reason: "nested groups must be unions of files")
      }
      var names: [String] = []
      var anyTofu = tofu
      for member in members {
        let inner = try Self.member(member, file: file)
        names.append(contentsOf: inner.dictionaries)
        anyTofu = anyTofu || inner.mayOutputTofu
      }
      return StepPlan.Member(dictionaries: names, mayOutputTofu: anyTofu)
    case "ocd2", "ocd", "text":
      guard let name = dict["file"] as? String else {
        throw .unsupportedConfiguration(file: file, reason: "a dict without file")
      }
      let base = name.split(separator: ".").first.map(String.init) ?? name
      return StepPlan.Member(dictionaries: [base], mayOutputTofu: tofu)
    default:
      throw .unsupportedConfiguration(file: file, reason: "unsupported dict type \(dict["type"] ?? "none")")
    }
  }
}
