import Testing
@testable import EKSSC

@Suite struct StorageClassPassTests {
    static let kmsKey = ARN(partition: .aws, service: "kms", region: "us-west-2", account: "123456789012",
                            resource: "key/12345678-1234-1234-1234-123456789012")

    @Test func encryptedDefaultGP3WithEveryParameter() {
        let gp3 = StorageClass(
            name: "gp3-encrypted",
            backend: .ebs(EBSVolumeParameters(type: .gp3, kmsKey: Self.kmsKey, fsType: "xfs", iops: 4000, throughput: 250)),
            reclaimPolicy: .retain, isDefault: true)
        let output = StorageClassPass().run(SecurityModel(cluster: KubernetesTestModel.cluster, storageClasses: [gp3]))
        #expect(output.diagnostics.isEmpty)
        #expect(KubernetesTestModel.manifestTexts(output) == ["""
        {
          "apiVersion": "storage.k8s.io/v1",
          "kind": "StorageClass",
          "metadata": {
            "name": "gp3-encrypted",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc"
            },
            "annotations": {
              "storageclass.kubernetes.io/is-default-class": "true"
            }
          },
          "provisioner": "ebs.csi.aws.com",
          "parameters": {
            "type": "gp3",
            "encrypted": "true",
            "kmsKeyId": "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012",
            "csi.storage.k8s.io/fstype": "xfs",
            "iops": "4000",
            "throughput": "250"
          },
          "reclaimPolicy": "Retain",
          "allowVolumeExpansion": true,
          "volumeBindingMode": "WaitForFirstConsumer"
        }
        """])
    }

    @Test func unencryptedEBSWithDefaults() {
        let plain = StorageClass(name: "scratch", backend: .ebs(EBSVolumeParameters(type: .st1, encrypted: false)),
                                 allowVolumeExpansion: false)
        let document = StorageClassPass().run(SecurityModel(cluster: KubernetesTestModel.cluster, storageClasses: [plain]))
            .manifests.first?.document
        #expect(document?["parameters"] == .map(["type": .string("st1"), "encrypted": .string("false")]))
        #expect(document?["reclaimPolicy"] == .string("Delete"))
        #expect(document?["allowVolumeExpansion"] == .bool(false))
        #expect(document?["metadata"]?["annotations"] == nil)
    }

    @Test func efsAccessPointProvisioning() {
        let efs = StorageClass(name: "efs-shared", backend: .efs(EFSParameters(fileSystemID: "fs-0123456789abcdef0")))
        let output = StorageClassPass().run(SecurityModel(cluster: KubernetesTestModel.cluster, storageClasses: [efs]))
        #expect(KubernetesTestModel.manifestTexts(output) == ["""
        {
          "apiVersion": "storage.k8s.io/v1",
          "kind": "StorageClass",
          "metadata": {
            "name": "efs-shared",
            "labels": {
              "app.kubernetes.io/managed-by": "ekssc"
            }
          },
          "provisioner": "efs.csi.aws.com",
          "parameters": {
            "provisioningMode": "efs-ap",
            "fileSystemId": "fs-0123456789abcdef0",
            "directoryPerms": "700"
          },
          "reclaimPolicy": "Delete"
        }
        """])
    }
}
