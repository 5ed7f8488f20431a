#!/usr/bin/env python3
"""Writes oversized live state for the `ekssc diff` benchmark (scripts/benchmark-diff.sh).

Usage:
  generate-live.py role RULES            a List with the guide's Role 'developer' plus RULES extra rules
  generate-live.py role-bytes BYTES      the same, with as many extra rules as fit in BYTES
  generate-live.py objects BYTES         a List of ConfigMaps labelled managed-by ekssc (orphans), BYTES long
  generate-live.py iam RESOURCES DIR     --iam-live folder: the guide's store role whose live inline
                                         policy lists RESOURCES extra resources
  generate-live.py iam-bytes BYTES DIR   the same, with as many resources as fit in BYTES
All output is JSON as kubectl and the aws CLI print it.
"""
import json
import os
import sys

FIXTURE = os.path.join(os.path.dirname(__file__), "..", "Tests", "EKSSCTests", "Fixtures", "diff",
                       "iam-live-drift", "my-cluster-default-external-secrets-sa", "get-role.json")
STORE_ROLE = "my-cluster-default-external-secrets-sa"


def developer_role(extra_rules):
    rules = [{"apiGroups": [""], "resources": ["pods", "services"],
              "verbs": ["get", "list", "create", "update", "delete"]}]
    rules += [{"apiGroups": ["example.com"], "resources": [f"widgets-{i}"], "verbs": ["get", "list"]}
              for i in range(extra_rules)]
    return {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
            "metadata": {"name": "developer", "namespace": "default",
                         "labels": {"app.kubernetes.io/managed-by": "ekssc"}},
            "rules": rules}


def listed(items):
    return json.dumps({"apiVersion": "v1", "kind": "List", "items": items}, indent=4)


def fitting(size_of, budget):
    """The largest count whose output stays within budget (size grows about linearly)."""
    per_unit = max(1, (size_of(1000) - size_of(0)) // 1000)
    count = max(0, (budget - size_of(0)) // per_unit)
    while count > 0 and size_of(count) > budget:
        count -= max(1, count // 100)
    return count


def role_text(rules):
    return listed([developer_role(rules)])


def objects_text(count):
    return listed([{"apiVersion": "v1", "kind": "ConfigMap",
                    "metadata": {"name": f"leftover-{i}", "namespace": "default",
                                 "labels": {"app.kubernetes.io/managed-by": "ekssc"}},
                    "data": {"key": f"value-{i}"}} for i in range(count)])


def policy_text(resources):
    statement = [{"Sid": "ReadSecrets", "Effect": "Allow",
                  "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
                  "Resource": ["arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/database/password-??????"]
                  + [f"arn:aws:secretsmanager:us-west-2:123456789012:secret:extra/{i}-??????" for i in range(resources)]}]
    return json.dumps({"RoleName": STORE_ROLE, "PolicyName": "ekssc",
                       "PolicyDocument": {"Version": "2012-10-17", "Statement": statement}}, indent=4)


def write_iam(resources, folder):
    role = os.path.join(folder, STORE_ROLE)
    os.makedirs(role, exist_ok=True)
    with open(FIXTURE) as source, open(os.path.join(role, "get-role.json"), "w") as target:
        target.write(source.read())
    with open(os.path.join(role, "list-attached-role-policies.json"), "w") as target:
        target.write('{"AttachedPolicies": []}\n')
    with open(os.path.join(role, "get-role-policy.json"), "w") as target:
        target.write(policy_text(resources) + "\n")


def main():
    mode, amount = sys.argv[1], int(sys.argv[2])
    if mode == "role":
        print(role_text(amount))
    elif mode == "role-bytes":
        print(role_text(fitting(lambda n: len(role_text(n)) + 1, amount)))
    elif mode == "objects":
        print(objects_text(fitting(lambda n: len(objects_text(n)) + 1, amount)))
    elif mode == "iam":
        write_iam(amount, sys.argv[3])
    elif mode == "iam-bytes":
        write_iam(fitting(lambda n: len(policy_text(n)) + 1, amount), sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
