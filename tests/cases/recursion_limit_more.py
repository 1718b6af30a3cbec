import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
sys.setrecursionlimit(200)
d2 = depth(0)
print(d2 < 200, d2 > 150)
sys.setrecursionlimit(1000)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError', e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
print('still works', sum(range(10)))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('ValueError', e)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))))
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(str(nested).count('['))
