# pickle: dumps output for builtin types and user classes (bytes identical to CPython's C pickler
# for protocols 2-5), loads of it, memo sharing and recursion, reduction hooks (__reduce__,
# __getstate__/__setstate__, __getnewargs_ex__, slots, copyreg), and the error messages
import pickle, copyreg, io
from functools import reduce as reduce_fn, partial
from collections import OrderedDict, namedtuple, defaultdict, deque, Counter

Point = namedtuple('Point', 'x y')

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return type(o) is type(self) and self.__dict__ == o.__dict__
    def __repr__(self):
        return f'Plain({self.a!r}, {self.b!r})'

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Slotted({self.x}, {getattr(self, "y", "?")})'

class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = 'transient'
    def __getstate__(self):
        return {'v': self.v}
    def __setstate__(self, st):
        self.v = st['v']
        self.cache = 'rebuilt'

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 2,))

class KwOnly:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self
    def __getnewargs_ex__(self):
        return (), {'k': self.k}

class MyList(list):
    pass

class MyDict(dict):
    pass

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**64, -2**100, 10**300, 0.0, -0.0, 1.5, float('inf'), 1e-300, '', 'a', 'é€😀', 'x' * 300,
          b'', b'\x00\xff', b'y' * 300, bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1], [1, 2], list(range(1005)), {}, {'a': 1}, {'a': 1, 'b': [2]}, {i: i for i in range(1003)},
          set(), {1, 2, 3}, frozenset(), frozenset({'q'}), 1 + 2j, range(1, 10, 2), slice(1, None, 2),
          len, Plain, int, type(None), Ellipsis, NotImplemented, abs,
          [[1, 2], (3, [4, {5: 6}])], {'nested': {'deep': [1, (2, 3)]}}]
for v in values:
    for proto in (2, 3, 4, 5):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v) or repr(back) == repr(v)
        if proto == 4 or not ok:
            print(proto, type(v).__name__, data[:60] if len(data) < 400 else (len(data), data[:40], data[-20:]), ok)
for proto in (0, 1, 2):
    for v in [ValueError, Exception, range, reduce_fn, str, None, True, 1, -5, 2**70, 1.25, 'text\n\\é', b'by', (1, 'a'), [1, [2]], {'k': (1,)}, {1, 2}, Plain, Plain(1, [2])]:
        data = pickle.dumps(v, proto)
        print(proto, getattr(v, '__name__', repr(v)), data if proto != 1 else len(data), pickle.loads(data) == v)
p = pickle.loads(pickle.dumps(partial(int, base=2)))
print(p('101'), p.keywords, pickle.dumps(partial(max, 1, key=abs)))

shared = [1, 2]
obj = [shared, shared, {'s': shared}]
data = pickle.dumps(obj)
print(data)
back = pickle.loads(data)
print(back, back[0] is back[1] is back[2]['s'])
rec = [1]
rec.append(rec)
data = pickle.dumps(rec)
print(data)
r = pickle.loads(data)
print(r[1] is r, len(r))
d = {}
d['self'] = d
print(pickle.dumps(d), pickle.loads(pickle.dumps(d))['self'] is not None)

for o in [Plain(1, 'two'), Plain([1], {'x': Plain(None, 2.5)}), Slotted(3, 4), Custom(7), Reduced(5), KwOnly(k=9),
          MyList([1, 2]), MyDict(a=1), Point(1, 2), OrderedDict(a=1, b=2), Counter('abca'), deque([1, 2]),
          defaultdict(list, {'k': [1]})]:
    for proto in (2, 4, 5):
        try:
            data = pickle.dumps(o, proto)
            back = pickle.loads(data)
            shown = repr(back) if ' at 0x' not in repr(back) else sorted(getattr(back, '__dict__', {}).items())
            print(proto, type(o).__name__, data if len(data) < 200 else len(data), shown, getattr(back, 'cache', ''),
                  type(back).__name__)
        except Exception as e:
            print(proto, type(o).__name__, '!!', type(e).__name__, e)

def f():
    class Local:
        pass
    return Local
for bad in [lambda: 1, f(), f()(), (x for x in [])]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
for data in [b'', b'\x80\x04', b'\x80\x04garbage', b'\x80\x06N.', b'N', b'(.', b'0', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'\x80\x04\x95\x01\x00\x00\x00\x00\x00\x00\x00', b'\xff', b'h\x05.']:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)

buf = io.BytesIO()
pickle.dump({'a': [1, 2]}, buf, protocol=2)
pickle.dump('second', buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), buf.read())

class Thing:
    def __init__(self, n):
        self.n = n
def reduce_thing(t):
    return (Thing, (t.n + 100,))
copyreg.pickle(Thing, reduce_thing)
print(pickle.loads(pickle.dumps(Thing(1))).n, pickle.dumps(Thing(1)))
import copy
print(copy.copy(Thing(2)).n, copy.deepcopy(Thing(3)).n)
p = pickle.Pickler(io.BytesIO(), 3)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats[:3])
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__module__, pickle.UnpicklingError.__mro__[1].__name__)
