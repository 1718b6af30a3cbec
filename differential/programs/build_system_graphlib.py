"""A build system: targets with dependencies, graphlib topological batches, change propagation, cycle reports."""
from graphlib import TopologicalSorter, CycleError

TARGETS = {
    "app": ["lib", "assets", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "core": [],
    "assets": ["images", "css"],
    "images": [],
    "css": ["sass"],
    "sass": [],
    "config": [],
    "tests": ["app", "fixtures"],
    "fixtures": [],
    "docs": ["lib"],
}
DURATION = {"app": 4, "lib": 3, "utils": 2, "core": 5, "assets": 1, "images": 6, "css": 1, "sass": 2, "config": 1, "tests": 7, "fixtures": 1, "docs": 2}

print("static order:", list(TopologicalSorter(TARGETS).static_order()))
ts = TopologicalSorter(TARGETS)
ts.prepare()
clock, batch_no = 0, 0
finish = {}
while ts.is_active():
    batch = ts.get_ready()
    batch_no += 1
    start = clock
    clock += max(DURATION[t] for t in batch)
    for t in batch:
        finish[t] = start + DURATION[t]
    print(f"batch {batch_no}: {sorted(batch)} t={start}..{clock}")
    ts.done(*batch)
print("total time:", clock, "bool after:", bool(ts))

def dependents(graph, changed):
    rev = {}
    for node, deps in graph.items():
        for d in deps:
            rev.setdefault(d, []).append(node)
    out, stack = set(), [changed]
    while stack:
        n = stack.pop()
        for m in rev.get(n, []):
            if m not in out:
                out.add(m)
                stack.append(m)
    order = [n for n in TopologicalSorter(graph).static_order() if n in out]
    return order

for changed in ["core", "sass", "fixtures", "docs"]:
    print(f"changed {changed}: rebuild {dependents(TARGETS, changed)}")
cyclic = dict(TARGETS, core=["app"])
try:
    list(TopologicalSorter(cyclic).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1])
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "a", "b")
ts2.add("a")
ts2.prepare()
print(ts2.get_ready(), ts2.get_ready())
for bad in [lambda: ts2.done("c"), lambda: ts2.done("zzz"), lambda: ts2.add("d"), lambda: ts2.prepare()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
ts2.done("a")
try:
    ts2.done("a")
except ValueError as e:
    print("ValueError:", e)
print(ts2.get_ready(), issubclass(CycleError, ValueError))
