"""Merging inventories from several warehouses: dict unions, setdefault, Counter arithmetic, defaultdict trees."""
from collections import Counter, defaultdict

north = {"bolts": 120, "nuts": 300, "gears": 15}
south = {"bolts": 80, "washers": 500, "gears": 5, "springs": 40}
east = {"nuts": 50, "springs": 10}

merged = Counter()
for wh in (north, south, east):
    merged.update(wh)
print(dict(sorted(merged.items())))
print(north | south, {**south, **north} == (south | north))
combined = dict(north)
combined |= east
print(combined)
per_item = defaultdict(dict)
for name, wh in [("north", north), ("south", south), ("east", east)]:
    for item, qty in wh.items():
        per_item[item][name] = qty
for item in sorted(per_item):
    locs = per_item[item]
    print(f"{item:<8} total={sum(locs.values()):>4} where={', '.join(f'{k}:{v}' for k, v in sorted(locs.items()))}")
needed = Counter({"bolts": 250, "gears": 30, "cams": 2})
shortfall = needed - merged
print("shortfall:", dict(shortfall), "surplus:", dict(sorted((merged - needed).items())))
tree = lambda: defaultdict(tree)
catalog = tree()
catalog["hardware"]["fasteners"]["bolts"] = 200
catalog["hardware"]["fasteners"]["nuts"] = 350
catalog["hardware"]["motion"]["gears"] = 20
catalog["garden"]["tools"]["rake"] = 3
def to_plain(d):
    return {k: to_plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(to_plain(catalog))
def walk(d, path=()):
    for k, v in sorted(d.items()):
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v
print(list(walk(catalog)))
inventory = {}
for item, qty in [("a", 1), ("b", 2), ("a", 3)]:
    inventory.setdefault(item, []).append(qty)
print(inventory, inventory.get("z", "none"), inventory.pop("b"), inventory.pop("zz", 0), inventory)
d = dict.fromkeys(["x", "y"], 0)
d.update(x=5, z=1)
d.update([("w", 9)])
print(d, list(d.keys()), list(d.values()), list(d.items())[0], len(d), "x" in d, 5 in d.values())
print({k: v for k, v in sorted(merged.items(), key=lambda kv: -kv[1])[:3]})
inverted = {}
for k, v in merged.items():
    inverted.setdefault(v, []).append(k)
print(sorted(inverted.items()))
print(max(merged, key=merged.get), min(merged.values()), sum(merged.values()), merged.most_common()[-1])
k = dict(zip("abc", range(3)))
print(k, dict(map(reversed, k.items())), {v: k for k, v in k.items()})
print(sorted(merged.elements())[:3] if False else list(Counter(a=2, b=1).elements()))
d2 = {"b": 1, "a": 2}
print(sorted(d2), sorted(d2.items(), key=lambda kv: kv[1]), d2.popitem(), d2, d2.copy() == d2)
print(dict(sorted({"x": 3, "y": 1}.items(), key=lambda kv: kv[1])), {1: "a", True: "b", 1.0: "c"})
