import Testing
@testable import EKSSC

@Suite struct NetworkValidatorTests {
    @Test(arguments: [("tcp", NetworkProtocol.tcp), ("udp", .udp), ("sctp", .sctp)])
    func protocols(_ text: String, expected: NetworkProtocol) {
        #expect(PortValidators.networkProtocol(text) == .success(expected))
    }

    @Test func unknownProtocol() {
        let failure = PortValidators.networkProtocol("tpc").failure
        #expect(failure == ValidationError("unknown protocol 'tpc': expected tcp, udp or sctp", hint: "did you mean 'tcp'?"))
        #expect(PortValidators.networkProtocol("TCP").failure?.message == "unknown protocol 'TCP': expected tcp, udp or sctp")
    }

    @Test(arguments: [
        ("1", Port.number(1)), ("65535", .number(65535)), ("8000-8100", .range(8000, 8100)), ("http", .named("http")),
        ("metrics-1", .named("metrics-1")), ("a23456789012345", .named("a23456789012345")),
    ])
    func validPorts(_ text: String, expected: Port) {
        #expect(PortValidators.port(text) == .success(expected))
    }

    @Test(arguments: [
        ("0", "invalid port '0': expected a number from 1 to 65535"),
        ("65536", "invalid port '65536': expected a number from 1 to 65535"),
        ("99999999999999999999", "invalid port '99999999999999999999': expected a number from 1 to 65535"),
        ("8100-8000", "invalid port range '8100-8000': the first port must be lower than the second"),
        ("80-80", "invalid port range '80-80': the first port must be lower than the second"),
        ("0-80", "invalid port '0': expected a number from 1 to 65535"),
    ])
    func invalidNumbers(_ text: String, message: String) {
        #expect(PortValidators.port(text).failure?.message == message)
    }

    @Test(arguments: ["a234567890123456", "HTTP", "-http", "http-", "h--p", "1-2-3", "web_ui"])
    func invalidNames(_ text: String) {
        #expect(PortValidators.port(text).failure?.message
            == "invalid port '\(text)': expected a number, a range 'low-high' or a port name of at most 15 lowercase letters, digits and '-'")
    }

    @Test(arguments: [
        ("10.0.0.0/16", "10.0.0.0/16"), ("0.0.0.0/0", "0.0.0.0/0"), ("203.0.113.7/32", "203.0.113.7/32"),
        ("2001:db8::/32", "2001:db8::/32"), ("::/0", "::/0"), ("2001:DB8:0:0:0:0:0:0/64", "2001:db8::/64"),
        ("fe80:0:0:1::/64", "fe80:0:0:1::/64"),
    ])
    func validCIDRs(_ text: String, canonical: String) {
        #expect(CIDR.parse(text).value?.description == canonical)
    }

    @Test(arguments: [
        ("10.0.0.1/16", "10.0.0.0/16"), ("192.168.1.77/24", "192.168.1.0/24"), ("2001:db8::1/32", "2001:db8::/32"),
        ("10.255.0.0/9", "10.128.0.0/9"),
    ])
    func hostBitsGetTheCorrectedBlock(_ text: String, corrected: String) {
        #expect(CIDR.parse(text).failure
            == ValidationError("CIDR '\(text)' has host bits set", hint: "did you mean '\(corrected)'?"))
    }

    @Test(arguments: ["10.0.0.0", "10.0.0/8", "256.0.0.0/8", "10.0.0.0/", "a.b.c.d/8", "1::2::3/64", "12345::/16", "10.0.0.0/-1"])
    func malformedCIDRs(_ text: String) {
        #expect(CIDR.parse(text).failure?.message
            == "invalid CIDR '\(text)': expected an address and a prefix length such as '10.0.0.0/16'")
    }

    @Test func prefixTooLong() {
        #expect(CIDR.parse("10.0.0.0/33").failure?.message == "invalid CIDR '10.0.0.0/33': the prefix length must be at most 32")
        #expect(CIDR.parse("::/129").failure?.message == "invalid CIDR '::/129': the prefix length must be at most 128")
    }

    @Test func containment() throws {
        let outer = try #require(CIDR.parse("10.0.0.0/16").value)
        #expect(outer.contains(try #require(CIDR.parse("10.0.1.0/24").value)))
        #expect(!outer.contains(try #require(CIDR.parse("10.1.0.0/24").value)))
        #expect(!outer.contains(try #require(CIDR.parse("10.0.0.0/8").value)))
        #expect(!outer.contains(try #require(CIDR.parse("::/0").value)))
    }

    /// For every prefix length, the hint of a host-bits error is itself a valid block that
    /// contains the written address.
    @Test(arguments: ["203.0.113.77", "255.255.255.255", "2001:db8:abcd:12:ffff::1"])
    func correctedBlocksAreValid(_ address: String) throws {
        let bits = address.contains(":") ? 128 : 32
        for prefix in 0...bits {
            let text = "\(address)/\(prefix)"
            let result = CIDR.parse(text)
            if let cidr = result.value {
                #expect(cidr.description == CIDR.parse(cidr.description).value?.description)
                continue
            }
            let hint = try #require(result.failure?.hint)
            let corrected = String(hint.dropFirst("did you mean '".count).dropLast("'?".count))
            let block = try #require(CIDR.parse(corrected).value, "\(text) -> \(corrected)")
            let host = try #require(CIDR.parse("\(address)/\(bits)").value)
            #expect(block.prefixLength == prefix)
            #expect(block.contains(host))
        }
    }
}
