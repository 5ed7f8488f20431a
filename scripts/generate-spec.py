#!/usr/bin/env python3
"""Writes a synthetic but realistic .sec file with N apps to stdout (for benchmarks).

Usage: generate-spec.py N
Apps are spread over N/20 namespaces (at least 1); every app has a tier, an IRSA role with two
statements and a managed policy, a secret from its namespace's store, and flows to two
neighbours; every namespace has a role bound to a user.
"""
import sys

def main():
    n = int(sys.argv[1])
    per_ns = 20
    namespaces = max(1, (n + per_ns - 1) // per_ns)
    out = []
    w = out.append
    w('cluster bench {')
    w('  account "123456789012"')
    w('  region "us-west-2"')
    w('  oidc "https://oidc.eks.us-west-2.amazonaws.com/id/BENCHMARK0123456789ABCDEF0123456"')
    w('  secrets-encryption "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"')
    w('  logging api, audit')
    w('  endpoint private')
    w('}')
    w('nodes "arn:aws:iam::123456789012:role/bench-nodes"')
    w('storageclass gp3 {')
    w('  ebs gp3')
    w('  kms "arn:aws:kms:us-west-2:123456789012:key/12345678-1234-1234-1234-123456789012"')
    w('}')
    for ns in range(namespaces):
        name = f"team-{ns:04d}"
        w(f'namespace {name} {{ pod-security restricted }}')
        w(f'secretstore store in {name} {{')
        w('  provider secretsmanager')
        w('  serviceaccount eso')
        w('}')
        w(f'role deployer in {name} {{')
        w('  allow get, list, watch, create, update, patch on deployments.apps, services, configmaps')
        w('}')
        w(f'user dev-{ns:04d} "arn:aws:iam::123456789012:user/dev-{ns:04d}" {{')
        w(f'  bind deployer in {name}')
        w('}')
    for i in range(n):
        ns = f"team-{i // per_ns:04d}"
        app = f"svc-{i:05d}"
        w(f'tier {app} in {ns}')
        j = i % per_ns
        base = i - j
        if j + 1 < per_ns and i + 1 < n:
            w(f'flow {ns}/{app} -> {ns}/svc-{i + 1:05d} on tcp/8080')
        if j > 0:
            w(f'flow {ns}/{app} -> {ns}/svc-{base:05d} on tcp/9090, udp/9091')
        w(f'app {app} in {ns} {{')
        w(f'  tier {ns}/{app}')
        w('  iam-role {')
        w('    managed "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"')
        w(f'    allow "s3:PutObject" on "arn:aws:s3:::bench-{ns}/{app}/*"')
        w(f'    allow "sqs:SendMessage", "sqs:ReceiveMessage" on "arn:aws:sqs:us-west-2:123456789012:{app}"')
        w('  }')
        w(f'  secret {app}-db from store {{')
        w(f'    password <- "{ns}/{app}/db" property password')
        w('  }')
        w('}')
    sys.stdout.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
