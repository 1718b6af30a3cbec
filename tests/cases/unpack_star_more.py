a, *b = 'x',
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *c = 'ab', 1, 2
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
first, *_, last = 'hello world'
print(first, last)
for x, *rest in [(1, 2, 3), (4,), 'ab']:
    print(x, rest)
d = {'k1': 1, 'k2': 2}
k, *ks = d
print(k, ks)
*s, = {3, 1, 2} if False else [3, 1, 2]
print(s)
head, *tail = iter(range(3))
print(head, tail)
def gen():
    yield 1; yield 2; yield 3
x, *y = gen()
print(x, y)
errors = ['a, b = 1, 2, 3', 'a, b, c = 1, 2', 'a, *b, c = [1]', 'a, b = 1', 'a, = []', '(a, b), c = [1, 2], 3', 'a, b = "abc"']
for src in errors:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(f'{src!r}: {type(e).__name__}: {e}')
for src in ['*a = [1]', 'a, *b, *c = [1, 2]', '*a, *b = 1, 2', 'del *a', '[*a] += 1']:
    try:
        compile(src, '<s>', 'exec')
        print(src, 'compiled')
    except SyntaxError as e:
        print(f'{src!r}: SyntaxError: {e.msg}')
print([*range(3), *'ab', *{'z': 0}], (*[1], *[2]), {*'aa', *'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], *(), sep='-')
t = 1, *[2, 3], 4
print(t)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
