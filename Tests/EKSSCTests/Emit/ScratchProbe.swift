import Testing
@testable import EKSSC

@Test func scratchProbe() throws {
    let doc: Document = .map([
        .init("apiVersion", .string("v1")),
        .init("kind", .string("ConfigMap")),
        .init("metadata", .map(["name": .string("aws-auth"), "namespace": .string("kube-system")])),
        .init("data", .map([
            .init("mapRoles", .yamlText(.list([.map(["rolearn": .string("arn:aws:iam::1:role/x"), "username": .string("system:node:{{EC2PrivateDNSName}}"), "groups": .strings(["system:bootstrappers", "system:nodes"])])]))),
            .init("on", .string("yes")),
            .init("empty", .map([])),
            .init("emptyList", .list([])),
            .init("multi", .string("a\nb\n")),
            .init("multi2", .string("  lead\nb")),
            .init("multi3", .string("a\n\n")),
            .init("nested", .list([.list([.int(1), .null]), .map(["a": .list([.bool(true)])])])),
            .init("colon", .string("a:b")),
            .init("dash", .string("-foo")),
            .init("uni", .string("héllo ✓")),
            .init("tab", .string("a\tb")),
            .init("quote", .string("\"x'")),
        ])),
    ])
    let text = YAMLEmitter.render([doc, .string("x"), .string("a\n\n")])
    print(text)
    print(JSONEmitter.render(doc))
    let back = try YAMLReader.read(Array(text.utf8))
    #expect(back == [doc, .string("x"), .string("a\n\n")])
}
