f = lambda: 1
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 2, 3, 4, k=5, z=6))
print((lambda *, a: a)(a=1), (lambda a, /, b: a + b)(1, b=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda x: x ** 2, range(4))))
print(list(filter(lambda x: x % 2, range(6))), (lambda x: (lambda y: x + y))(1)(2))
h = lambda n: 1 if n <= 1 else n * h(n - 1)
print(h(10), h.__name__, h.__qualname__, f.__code__.co_argcount, g.__defaults__, g.__kwdefaults__)
print((lambda: (yield 1))().__next__(), list((lambda: (yield from [1, 2]))()))
funcs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in funcs])
cond = lambda x: 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print([cond(v) for v in (1, -1, 0)])
class K:
    m = lambda self: 'lambda method'
    s = staticmethod(lambda: 'static lambda')
print(K().m(), K.s(), K.m.__qualname__)
print((lambda x: x)(lambda: 'nested')())
try:
    (lambda x: x)()
except TypeError as e:
    print('TypeError', e)
for src in ['lambda: (yield)', 'lambda x: return x', 'lambda x=1, y: 0', 'lambda *: 0', 'lambda: x := 1']:
    try:
        compile(src, '<s>', 'eval')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
print((lambda: x_later)() if False else 'late binding ok')
x_later = 5
print((lambda: x_later)())
