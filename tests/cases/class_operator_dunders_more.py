class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'V({self.x}, {self.y})'
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __iter__(self): return iter((self.x, self.y))
    def __contains__(self, v): return v in (self.x, self.y)
    def __round__(self, n=0): return V(round(self.x, n), round(self.y, n))
v, w = V(1, 2), V(3, 4)
print(v + w, w - v, v * 3, 3 * v, v @ w, w / 2, -v, abs(w), bool(V(0, 0)), v < w, sorted([w, v]))
print(v[0], v[-1], len(v), list(v), 2 in v, 5 in v, round(V(1.26, 2.71), 1), {v, V(1, 2)}, v == V(1, 2), v != w)
x, y = v
print(x, y, [*v], dict([v]) if False else tuple(v))
try:
    v + 1
except TypeError as e:
    print('TypeError', e)
try:
    v * 'a'
except TypeError as e:
    print('TypeError', e)
try:
    'a' * v
except TypeError as e:
    print('TypeError', e)
acc = V(0, 0)
for item in [v, w]:
    acc += item
print(acc, sum([v, w], V(0, 0)))
try:
    sum([v, w])
except TypeError as e:
    print('TypeError', e)
try:
    v <= w
except TypeError as e:
    print('TypeError', e)
print(max(v, w), min([w, v]))
