# chained comparisons
print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1)
print(1 < 2 > 0)
print(1 == 1 == 1)
print(1 == 1 == 2)
print(0 <= 5 < 10)
print(0 <= 10 < 10)
x = 5
print(1 < x < 10, 1 < x < 3)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 < 5 < 4)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
a = [1]
print(a == [1] != [2])
