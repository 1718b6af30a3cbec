x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
h = (i for i in range(x))
x = 2
print(len(list(h)))
