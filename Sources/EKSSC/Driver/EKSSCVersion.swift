/// The version of ekssc: shown by `ekssc --version` and written into the output's marker and
/// apply guide, so a tree says which compiler wrote it.
public enum EKSSCVersion {
    public static let current = "0.2.0"
}
