"""Matrix utilities on lists of lists: multiply, transpose, determinant, inverse with Fractions."""
from fractions import Fraction

def shape(m):
    return len(m), len(m[0]) if m else 0

def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shapes {shape(a)} and {shape(b)} not aligned")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, sign, result = len(m), 1, Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            sign = -sign
        result *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return sign * result

def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(v) for v in ident] for row, ident in zip(m, identity(n))]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[pivot][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[c], aug[pivot] = aug[pivot], aug[c]
        p = aug[c][c]
        aug[c] = [x / p for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c]:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]

def fmt(m):
    cells = [[str(x) for x in row] for row in m]
    w = max(len(c) for row in cells for c in row)
    return "\n".join("[" + " ".join(c.rjust(w) for c in row) + "]" for row in cells)

def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(fmt(matmul(A, B)))
print(fmt(transpose(B)))
print("det A =", det(A), " det B^T B =", det(matmul(transpose(B), B)))
inv = inverse(A)
print(fmt(inv))
print(matmul(A, inv) == identity(3))
try:
    matmul(B, B)
except ValueError as e:
    print("ValueError:", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("fib via matrix:", matpow([[1, 1], [1, 0]], 100)[0][1])
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4), matpow(rot, 3))
floats = [[0.1 * (i + j) for j in range(3)] for i in range(3)]
print([[round(x, 3) for x in row] for row in matmul(floats, floats)])
print([sum(row) for row in A], [sum(col) for col in zip(*A)], sum(map(sum, A)))
print([[x for x in row if x] for row in A], [A[i][i] for i in range(3)])
