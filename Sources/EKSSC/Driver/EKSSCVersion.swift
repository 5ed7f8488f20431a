/// The compiler's version, as SARIF logs report it.
public enum EKSSCVersion {
    public static let current = "0.2.0"
}
