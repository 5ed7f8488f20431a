/// The version of ekssc: shown by `ekssc --version`, written into the output's marker and apply
/// guide, and reported in SARIF logs, so every artifact says which compiler made it.
public enum EKSSCVersion {
    /// The version string, `MAJOR.MINOR.PATCH`.
    public static let current = "0.2.0"
}
