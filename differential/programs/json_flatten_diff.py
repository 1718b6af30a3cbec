"""Flatten nested JSON to dotted keys, unflatten, deep-diff two documents, and merge with precedence."""
import json
import copy

def flatten(obj, prefix="", out=None):
    out = {} if out is None else out
    if isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = {}
        for k, v in obj.items():
            flatten(v, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(obj, list):
        if not obj and prefix:
            out[prefix] = []
        for i, v in enumerate(obj):
            flatten(v, f"{prefix}[{i}]", out)
    else:
        out[prefix] = obj
    return out

def unflatten(flat):
    import re
    root = {}
    for key, value in flat.items():
        parts = re.findall(r"[^.\[\]]+|\[\d+\]", key)
        cur = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt_is_index = not last and parts[i + 1].startswith("[")
            if part.startswith("["):
                idx = int(part[1:-1])
                while len(cur) <= idx:
                    cur.append(None)
                if last:
                    cur[idx] = value
                else:
                    if cur[idx] is None:
                        cur[idx] = [] if nxt_is_index else {}
                    cur = cur[idx]
            else:
                if last:
                    cur[part] = value
                else:
                    cur = cur.setdefault(part, [] if nxt_is_index else {})
    return root

def deep_diff(a, b, path="$"):
    if type(a) != type(b):
        yield f"{path}: type {type(a).__name__} -> {type(b).__name__}"
    elif isinstance(a, dict):
        for k in sorted(a.keys() | b.keys()):
            if k not in b:
                yield f"{path}.{k}: removed"
            elif k not in a:
                yield f"{path}.{k}: added {json.dumps(b[k])}"
            else:
                yield from deep_diff(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        for i in range(max(len(a), len(b))):
            if i >= len(a):
                yield f"{path}[{i}]: added {json.dumps(b[i])}"
            elif i >= len(b):
                yield f"{path}[{i}]: removed"
            else:
                yield from deep_diff(a[i], b[i], f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {json.dumps(a)} -> {json.dumps(b)}"

def merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out

V1 = json.loads('''{"name": "svc", "version": "1.2.0", "replicas": 3, "env": {"LOG": "info", "TZ": "UTC"},
  "ports": [80, 443], "checks": [{"path": "/health", "interval": 10}], "tags": [], "meta": {}, "ratio": 0.5, "on": true}''')
V2 = json.loads('''{"name": "svc", "version": "1.3.0", "replicas": "3", "env": {"LOG": "debug", "NEW": "x"},
  "ports": [80], "checks": [{"path": "/healthz", "interval": 10}, {"path": "/ready"}], "tags": ["a"], "meta": {}, "ratio": 0.75, "on": null}''')
flat = flatten(V1)
for k, v in flat.items():
    print(f"{k:<22} {v!r}")
print(unflatten(flat) == V1)
for line in deep_diff(V1, V2):
    print(line)
merged = merge(V1, {"env": {"LOG": "warn"}, "replicas": 5, "checks": []})
print(json.dumps(merged, sort_keys=True))
print(V1["env"], json.dumps(V2, indent=2, sort_keys=True)[:80])
print(json.dumps(flatten({"a": [{"b": [1, {"c": None}]}], "d": {"e": {"f": "é"}}}), ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]]], indent=4))
print(json.dumps({"k": "v"}, indent="\t"), json.dumps({3: "int key", None: 1, True: 2, 1.5: 3}))
