"""Recursive processing of nested JSON: path queries with wildcards, transformations, statistics and pruning."""
import json

DOC = json.loads("""
{"store": {"name": "Corner Books", "open": true,
  "books": [
    {"title": "Sayings", "author": "Nigel", "price": 8.95, "tags": ["ref"], "stock": {"main": 3, "annex": 0}},
    {"title": "Sword", "author": "Evelyn", "price": 12.99, "tags": ["fiction", "war"], "stock": {"main": 0}},
    {"title": "Moby", "author": "Herman", "price": 8.99, "isbn": "0-553-21311-3", "tags": [], "stock": {"main": 7, "annex": 2}},
    {"title": "Rings", "author": "J.R.R.", "price": 22.99, "isbn": "0-395-19395-8", "tags": ["fiction"], "stock": {}}
  ],
  "bicycle": {"color": "red", "price": 19.95, "extras": null}}}
""")

def query(obj, path):
    parts = path.strip("$.").split(".") if path.strip("$.") else []
    results = [obj]
    for part in parts:
        nxt = []
        for r in results:
            if part == "*":
                nxt.extend(r.values() if isinstance(r, dict) else r if isinstance(r, list) else [])
            elif part == "**":
                stack = [r]
                while stack:
                    cur = stack.pop()
                    nxt.append(cur)
                    if isinstance(cur, dict):
                        stack.extend(reversed(list(cur.values())))
                    elif isinstance(cur, list):
                        stack.extend(reversed(cur))
            elif isinstance(r, dict) and part in r:
                nxt.append(r[part])
            elif isinstance(r, list) and part.lstrip("-").isdigit() and -len(r) <= int(part) < len(r):
                nxt.append(r[int(part)])
        results = nxt
    return results

def transform(obj, fn, path=()):
    if isinstance(obj, dict):
        return {k: transform(v, fn, path + (k,)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [transform(v, fn, path + (i,)) for i, v in enumerate(obj)]
    return fn(path, obj)

def prune(obj):
    if isinstance(obj, dict):
        out = {k: prune(v) for k, v in obj.items()}
        return {k: v for k, v in out.items() if v not in (None, [], {}, "")}
    if isinstance(obj, list):
        return [v for v in (prune(x) for x in obj) if v not in (None, [], {}, "")]
    return obj

def stats(obj, depth=0, acc=None):
    acc = acc if acc is not None else {"max_depth": 0, "types": {}}
    acc["max_depth"] = max(acc["max_depth"], depth)
    t = type(obj).__name__
    acc["types"][t] = acc["types"].get(t, 0) + 1
    children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else []
    for c in children:
        stats(c, depth + 1, acc)
    return acc

print(query(DOC, "$.store.books.*.title"))
print(query(DOC, "store.books.-1.author"), query(DOC, "store.books.9.title"), query(DOC, "store.bicycle.color"))
prices = [x for x in query(DOC, "store.**") if isinstance(x, dict) and "price" in x]
print(sorted(p["price"] for p in prices), round(sum(p["price"] for p in prices), 2))
print([b["title"] for b in query(DOC, "store.books.*") if "isbn" in b and b["price"] < 20])
print({b["title"]: sum(b["stock"].values()) for b in query(DOC, "store.books.*")})
discounted = transform(DOC, lambda p, v: round(v * 0.9, 2) if p and p[-1] == "price" else v)
print(query(discounted, "store.books.*.price"), query(discounted, "store.bicycle.price"))
print(json.dumps(prune(DOC)["store"]["books"][0]), json.dumps(prune(DOC)["store"]["bicycle"]))
print(stats(DOC))
upper = transform(DOC, lambda p, v: v.upper() if isinstance(v, str) and "tags" in p else v)
print(query(upper, "store.books.*.tags"))
print(json.dumps(DOC, sort_keys=True)[:90])
