/// `let` declarations: named strings.
extension Parser.State {
    /// `let = "let" , name , "=" , string`
    mutating func parseLet() throws(Parser.Recovery) -> LetDecl {
        use(.constant)
        let start = takeStart()
        let name = try expectName("a constant name", after: "'let'")
        try expect(.equals, "after the constant name")
        let value = try expectString(after: "'='")
        return LetDecl(name: name, value: value, range: range(from: start))
    }
}
