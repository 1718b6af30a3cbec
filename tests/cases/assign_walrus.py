# assignment expressions (:=)
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list', n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((z := 5) + z)
def f():
    if (m := max(data)) > 10:
        return m
print(f())
