// swift-tools-version: 6.1

import PackageDescription

/// Start-up: by default the compiler reaches the metadata of a concrete generic type (a
/// `Set<TierID>`'s storage, a `[String: Role]`'s) through its mangled name, which the Swift runtime
/// demangles on first use and completes by scanning every protocol conformance record of the
/// binary for each `Hashable`-like requirement. A run of a small build met a few hundred such
/// types: about a quarter of its CPU time. With direct metadata accessors the conformances are
/// passed in, nothing is demangled or scanned; the price is a somewhat larger binary. Release
/// only (debug builds keep the compiler's default). `unsafeFlags` is fine for this root package;
/// a package that depended on EKSSC by version would have to drop it.
let startUpSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "ekssc",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EKSSC", targets: ["EKSSC"]),
        .executable(name: "ekssc", targets: ["ekssc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation --target EKSSC` (Sources/EKSSC/EKSSC.docc); a
        // command plugin only, nothing of it is linked into EKSSC.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // SHA-256 blocks on the x86 SHA extensions, for the output marker's digests (tens of
        // megabytes per build); `SHA256` falls back to its own Swift rounds elsewhere.
        .target(name: "CSHA256"),
        .target(
            name: "EKSSC",
            dependencies: ["CYaml", "CSHA256"],
            swiftSettings: startUpSettings
        ),
        .executableTarget(
            name: "ekssc",
            dependencies: [
                "EKSSC",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: startUpSettings
        ),
        .testTarget(
            name: "EKSSCTests",
            dependencies: [
                "EKSSC",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
