# graphlib.TopologicalSorter: static_order, the get_ready/done protocol, CycleError and misuse errors
from graphlib import TopologicalSorter, CycleError

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e.args if isinstance(e, CycleError) else e)

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add('x')
print(list(ts.static_order()))

ts = TopologicalSorter({'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'e': []})
attempt('ready before prepare', ts.get_ready)
attempt('active before prepare', ts.is_active)
attempt('done before prepare', lambda: ts.done('d'))
ts.prepare()
attempt('prepare twice', ts.prepare)
attempt('add after prepare', lambda: ts.add('z'))
print(bool(ts), ts.is_active())
r = ts.get_ready(); print('ready', r)
print('again', ts.get_ready())
attempt('done unknown', lambda: ts.done('zz'))
attempt('done not ready', lambda: ts.done('a'))
ts.done('d')
attempt('done twice', lambda: ts.done('d'))
r = ts.get_ready(); print('ready', r)
ts.done(*r)
print('ready', ts.get_ready(), ts.is_active())
ts.done('e')
print(ts.is_active())
ts.done('a')
print(ts.is_active(), bool(ts), ts.get_ready())

for g in [{1: [2], 2: [3], 3: [1]}, {'a': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2]}, {0: [1, 2], 1: [], 2: [3], 3: [0]}]:
    attempt('cycle', lambda: TopologicalSorter(g).prepare())
try:
    list(TopologicalSorter({1: [2], 2: [1]}).static_order())
except CycleError as e:
    print(type(e).__mro__[1].__name__, e.args[0], e.args[1], str(e))
print(TopologicalSorter[int])
