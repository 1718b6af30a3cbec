# Every binary operator dispatches to __op__, then the reflected __rop__ of the right operand;
# in-place forms try __iop__ first.
ops = [('+', 'add'), ('-', 'sub'), ('*', 'mul'), ('/', 'truediv'), ('//', 'floordiv'), ('%', 'mod'),
       ('**', 'pow'), ('<<', 'lshift'), ('>>', 'rshift'), ('&', 'and'), ('|', 'or'), ('^', 'xor'), ('@', 'matmul')]
class L:
    def __repr__(self): return 'L'
class R:
    def __repr__(self): return 'R'
class I:
    def __repr__(self): return 'I'
for sym, name in ops:
    setattr(L, f'__{name}__', (lambda n: lambda self, o: f'L.{n}({o!r})')(name))
    setattr(R, f'__r{name}__', (lambda n: lambda self, o: f'R.r{n}({o!r})')(name))
    setattr(I, f'__i{name}__', (lambda n: lambda self, o: f'I.i{n}({o!r})')(name))
for sym, name in ops:
    l, r, i = L(), R(), I()
    print(sym, eval(f'l {sym} 1'), eval(f'1 {sym} r'), eval(f'l {sym} r'))
    ns = {'x': I()}
    exec(f'x {sym}= 5', ns)
    print('  in-place', ns['x'])
    ns = {'x': L()}
    exec(f'x {sym}= 5', ns)
    print('  fallback', ns['x'])
    try:
        eval(f'r {sym} l')
    except TypeError as e:
        print('  ', e)
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
n = Neg()
print(-n, +n, ~n, abs(n))
try:
    -L()
except TypeError as e:
    print(e)
try:
    ~L()
except TypeError as e:
    print(e)
class P3:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(P3() ** 2, pow(P3(), 2, 5), 2 ** P3())
try:
    pow(2, P3(), 5)
except TypeError as e:
    print('TypeError', e)
