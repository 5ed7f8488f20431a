/// Logical ids of CloudFormation resources, derived from names so that they are stable across
/// builds: adding, removing or reordering one declaration never renames another's resource
/// (which CloudFormation would replace).
enum CloudFormationLogicalID {
    /// `prefix` + the name in PascalCase with everything but ASCII letters and digits dropped
    /// (`Role` + `my-app-role` → `RoleMyAppRole`). Names that would collide in one template (`a-b`
    /// and `ab`) each get the first 8 hex digits of a hash of the name appended, which depends
    /// on that name alone.
    static func ids(prefix: String, names: [String]) -> [String: String] {
        var byBase: [String: [String]] = [:]
        for name in Set(names) { byBase[prefix + pascalCase(name), default: []].append(name) }
        var ids: [String: String] = [:]
        for (base, group) in byBase {
            for name in group {
                ids[name] = group.count == 1 ? base : base + hashSuffix(name)
            }
        }
        return ids
    }

    /// `my-app.role_2` → `MyAppRole2`.
    static func pascalCase(_ name: String) -> String {
        var result = ""
        var upperNext = true
        for scalar in name.unicodeScalars {
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isDigit = scalar >= "0" && scalar <= "9"
            guard isLetter || isDigit else { upperNext = true; continue }
            // Clearing bit 5 upper-cases an ASCII letter.
            result.unicodeScalars.append(upperNext && isLetter ? Unicode.Scalar(scalar.value & ~0x20)! : scalar)
            upperNext = false
        }
        return result
    }

    /// FNV-1a over the UTF-8 bytes, as 8 lowercase hex digits: the same on every machine.
    static func hashSuffix(_ name: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash &*= 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
