xs = [i * j for i in range(3) if i for j in range(i)]
ss = {c for c in 'abc'}
ds = {k: v for k, v in [(1, 2)]}
gs = (x for x in xs)
def f(n):
    return [n + i for i in range(n)]
class C:
    a = [1]
    b = [x for x in a]
print(s := 5, [t := y for y in xs])
