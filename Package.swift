// swift-tools-version: 6.1

import PackageDescription

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
            dependencies: ["CYaml", "CSHA256"]
        ),
        .executableTarget(
            name: "ekssc",
            dependencies: [
                "EKSSC",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
