# Comprehension scopes: the first iterable is evaluated in the enclosing scope; the rest inside.
x = 'global x'
class C:
    x = [1, 2, 3]
    y = [v * 2 for v in x]                 # x (first iterable) is the class attribute
    try:
        z = [v for v in range(2) for w in x]   # x here is looked up in the comprehension: global
    except TypeError as e:
        z = str(e)
    n = 5
    try:
        bad = [n for _ in range(2)]        # class names are not visible inside
    except NameError as e:
        bad = str(e)
print(C.y, C.z, C.bad)
def f():
    items = [lambda: i for i in range(3)]
    return [g() for g in items]
print(f())
def g():
    items = [lambda i=i: i for i in range(3)]
    return [h() for h in items]
print(g())
i = 'unchanged'
print([i for i in 'ab'], i)
print({i: j for i, j in [(1, 2)]}, i)
print(list(i for i in range(2)), i)
def gen_scope():
    y = 10
    gen = (y + k for k in range(3))
    y = 20
    return list(gen)
print(gen_scope())
def first_iter_eager():
    try:
        gen = (a for a in undefined_name)
    except NameError as e:
        return 'NameError at creation: ' + str(e)
print(first_iter_eager())
def later_iter_lazy():
    gen = (a for a in [1] for b in undefined_name)
    try:
        next(gen)
    except NameError as e:
        return 'NameError at next: ' + str(e)
print(later_iter_lazy())
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print([[c for c in row] for row in ['ab', 'cd']])
print({c for c in 'hello'} == set('hello'), sorted({c for c in 'hello'}))
def nested_nonlocal():
    total = 0
    def add(xs):
        nonlocal total
        total += sum([x for x in xs])
    add([1, 2]); add([3])
    return total
print(nested_nonlocal())
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix])
print([y for y in [x for x in range(5)] if y % 2])
