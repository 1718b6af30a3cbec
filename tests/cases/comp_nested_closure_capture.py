funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs])
adders = [[lambda x, k=k: x + k for k in range(2)] for _ in range(2)]
print([[f(10) for f in row] for row in adders])
