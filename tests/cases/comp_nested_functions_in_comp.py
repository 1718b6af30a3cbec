def make(n):
    return [(lambda: j * 10)() for j in range(n)]
print(make(3))
print([[k for k in range(j)] for j in range(3)])
