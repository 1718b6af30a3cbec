import pprint
from dataclasses import dataclass, field
from collections import defaultdict, OrderedDict, Counter, deque
data = {'name': 'pyex', 'version': (3, 11, 7), 'tags': ['interpreter', 'sandbox', 'wasm', 'python', 'deterministic'],
        'nested': {'a': list(range(30)), 'b': {'x': 1, 'y': [1, 2, {'deep': 'value' * 5}]}, 'c': set(range(5))},
        'empty': {}, 'emptylist': [], 'tuple1': (1,), 'none': None, 'flag': True, 3: 'int key', 'z': 1.5}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, compact=True, width=50))
pprint.pprint(list(range(50)))
pprint.pprint(list(range(50)), compact=True)
pprint.pprint([[i * j for j in range(12)] for i in range(6)])
pprint.pprint({'b': 2, 'a': 1, 'c': [3] * 40}, sort_dicts=False)
pprint.pp({'b': 2, 'a': 1})
pprint.pprint('a long string ' * 12)
pprint.pprint(['a long string ' * 8, 'line one\nline two\n' * 5])
pprint.pprint(frozenset(range(40)))
pprint.pprint(tuple(range(40)))
pprint.pprint({'k' + str(i): {'inner': i, 'list': list(range(i))} for i in range(8)})
r = [1, 2]
r.append(r)
print(pprint.pformat(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable([1, 2]), pprint.saferepr({'b': 1, 'a': 2}))

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
pprint.pprint(Item('widget', ['a' * 20, 'b' * 20, 'c' * 20], {'key': 'value' * 10}))
pprint.pprint([Item('x'), Item('y')])
dd = defaultdict(list, {'a': list(range(20)), 'b': list(range(20, 40))})
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra' * 10))
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**12], underscore_numbers=True))
