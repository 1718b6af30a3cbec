# comprehension variables do not leak
x = 'outer'
l = [x for x in range(3)]
print(l, x)
n = 10
print([n * i for i in range(3)])
def f():
    k = 3
    return [k + i for i in range(k)]
print(f())
print([[i * j for j in range(3)] for i in range(3)])
i = 'kept'
sq = {i: i * i for i in range(3)}
print(sq, i)
