def f(*a): return a
print(f(*range(3), *'ab', *(x * x for x in range(3))))
print(f(*{1: 'a', 2: 'b'}))
def g(a, b, c): return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(1, *[2, 3]), g(*iter([4, 5, 6])))
try: g(*[1, 2])
except TypeError as e: print(type(e).__name__, e)
