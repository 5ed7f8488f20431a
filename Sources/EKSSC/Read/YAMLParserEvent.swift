/// One parse event copied out of libyaml: what `YAMLReader` builds documents from, free of C types.
struct YAMLParserEvent {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case scalar(Scalar)
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
        case alias(String)
    }

    /// A scalar's text and how it was written.
    struct Scalar {
        var text: String
        /// Plain (unquoted, not a block); only plain scalars resolve to null, bools and ints.
        var isPlain: Bool
        /// The explicit tag, e.g. `tag:yaml.org,2002:str` for `!!str`; nil when untagged.
        var tag: String?
    }

    var kind: Kind
    /// The anchor (`&name`) on a scalar, sequence or mapping.
    var anchor: String?
    /// 1-based.
    var line: Int
    /// 1-based.
    var column: Int
}
