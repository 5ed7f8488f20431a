#!/usr/bin/env python3
"""Derives the live fixtures of `ekssc diff` from guide-live.base.json (the guide's output as a
faithful live List, written by the writeLiveBaseFixture test with EKSSC_UPDATE_FIXTURES=1).

Writes: guide-live.json (kubectl -o json formatting), guide-live.yaml (kubectl -o yaml),
guide-live-stream.yaml (a YAML stream of objects), kubectl-get.json + kubectl-aws-auth.json
(what the kubectl stand-in prints), and drift-*.json, one per kind of drift. Run from this folder.
"""
import copy
import json

import yaml

base = json.load(open('guide-live.base.json'))


def find(doc, kind, name):
    return next(i for i in doc['items'] if i['kind'] == kind and i['metadata']['name'] == name)


# aws-auth as EKS and eksctl write it: node role first, keys and indentation their own way.
aws_auth = find(base, 'ConfigMap', 'aws-auth')
aws_auth['data']['mapRoles'] = (
    "- groups:\n  - system:bootstrappers\n  - system:nodes\n"
    "  rolearn: arn:aws:iam::123456789012:role/eks-node-role\n"
    "  username: system:node:{{EC2PrivateDNSName}}\n"
    "- rolearn: arn:aws:iam::123456789012:role/eks-admin\n  username: eks-admin\n  groups: [system:masters]\n")
aws_auth['data']['mapUsers'] = (
    "- userarn: arn:aws:iam::123456789012:user/john\n  username: john\n  groups:\n    - system:masters\n"
    "- userarn: arn:aws:iam::123456789012:user/jane\n  username: jane\n  groups:\n    - system:authenticated\n")


def dump(name, doc):
    with open(name, 'w') as f:
        json.dump(doc, f, indent=4, sort_keys=True, ensure_ascii=False)
        f.write('\n')


class Dumper(yaml.SafeDumper):
    pass


def represent_string(dumper, value):
    style = '|' if '\n' in value and not value.startswith('{') else None
    return dumper.represent_scalar('tag:yaml.org,2002:str', value, style=style)


Dumper.add_representer(str, represent_string)


def dump_yaml(value):
    return yaml.dump(value, Dumper=Dumper, default_flow_style=False, sort_keys=True, width=1000)


dump('guide-live.json', base)
open('guide-live.yaml', 'w').write(dump_yaml(base))
open('guide-live-stream.yaml', 'w').write(''.join('---\n' + dump_yaml(item) for item in base['items']))
without_aws_auth = copy.deepcopy(base)
without_aws_auth['items'] = [i for i in without_aws_auth['items'] if i['metadata']['name'] != 'aws-auth']
dump('kubectl-get.json', without_aws_auth)
dump('kubectl-aws-auth.json', aws_auth)


def variant(name, edit):
    doc = copy.deepcopy(base)
    edit(doc)
    dump(name, doc)


variant('drift-changed-port.json',
        lambda doc: find(doc, 'NetworkPolicy', 'web-policy')['spec']['ingress'][0]['ports'][0].update(port=9090))


def removed_flow(doc):
    # The file no longer declares web -> cache; the cluster still allows it.
    find(doc, 'NetworkPolicy', 'web-policy')['spec']['egress'].append({
        'ports': [{'port': 6379, 'protocol': 'TCP'}],
        'to': [{'podSelector': {'matchLabels': {'app': 'cache'}}}]})


variant('drift-removed-flow.json', removed_flow)
variant('drift-extra-subject.json', lambda doc: find(doc, 'RoleBinding', 'developer-binding')['subjects'].append(
    {'apiGroup': 'rbac.authorization.k8s.io', 'kind': 'User', 'name': 'mallory'}))


def edited_aws_auth(doc):
    find(doc, 'ConfigMap', 'aws-auth')['data']['mapUsers'] = (
        "- userarn: arn:aws:iam::123456789012:user/john\n  username: john\n  groups:\n    - system:authenticated\n"
        "- userarn: arn:aws:iam::123456789012:user/jane\n  username: jane\n  groups:\n    - system:authenticated\n"
        "- userarn: arn:aws:iam::123456789012:user/ops\n  username: ops\n  groups:\n    - ops-team\n")


variant('drift-aws-auth-entry.json', edited_aws_auth)
variant('drift-storageclass-parameter.json',
        lambda doc: find(doc, 'StorageClass', 'gp3-encrypted')['parameters'].update(type='gp2'))
variant('drift-deleted-object.json', lambda doc: doc['items'].remove(find(doc, 'Role', 'developer')))


def orphan(doc):
    doc['items'].append({
        'apiVersion': 'networking.k8s.io/v1', 'kind': 'NetworkPolicy',
        'metadata': {'annotations': {'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"..."}\n'},
                     'creationTimestamp': '2026-10-01T09:00:00Z', 'generation': 1,
                     'labels': {'app.kubernetes.io/managed-by': 'ekssc'}, 'name': 'cache-policy',
                     'namespace': 'default', 'resourceVersion': '99001',
                     'uid': '5d1e0c9a-0000-4000-8000-000000099001'},
        'spec': {'ingress': [{'from': [{'podSelector': {'matchLabels': {'app': 'web'}}}],
                              'ports': [{'port': 6379, 'protocol': 'TCP'}]}],
                 'podSelector': {'matchLabels': {'app': 'cache'}}, 'policyTypes': ['Ingress']}})


variant('drift-orphan.json', orphan)
