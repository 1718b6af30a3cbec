a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = []
x.append(1)
print(y, z is x)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
