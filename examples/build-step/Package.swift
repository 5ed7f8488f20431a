// swift-tools-version: 6.1

// A package that uses ekssc as a plain library in its own build step: no SwiftPM plugin, no
// ekssc binary on PATH. `swift run generate-security-config ../guide.sec out` writes the
// output tree; `swift test` checks that the step refuses a bad file and writes a good one.
import PackageDescription

let package = Package(
    name: "build-step",
    platforms: [.macOS(.v13)],
    dependencies: [
        // A user writes `.package(url: "https://github.com/ekssc/ekssc", from: "0.2.0")`.
        .package(name: "ekssc", path: "../.."),
    ],
    targets: [
        .target(
            name: "SecurityConfigStep",
            dependencies: [.product(name: "EKSSC", package: "ekssc")]
        ),
        .executableTarget(
            name: "generate-security-config",
            dependencies: ["SecurityConfigStep"]
        ),
        .testTarget(
            name: "SecurityConfigStepTests",
            dependencies: ["SecurityConfigStep"]
        ),
    ]
)
