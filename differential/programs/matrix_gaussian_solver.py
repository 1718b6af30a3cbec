"""Solve linear systems with Gaussian elimination (floats with partial pivoting and exact Fractions), least squares."""
from fractions import Fraction

def solve(A, b, exact=False):
    n = len(A)
    conv = Fraction if exact else float
    M = [[conv(x) for x in row] + [conv(v)] for row, v in zip(A, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if M[pivot][col] == 0:
            raise ValueError("matrix is singular")
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [conv(0)] * n
    for i in range(n - 1, -1, -1):
        s = M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))
        x[i] = s / M[i][i]
    return x

def residual(A, x, b):
    return max(abs(sum(a * xi for a, xi in zip(row, x)) - v) for row, v in zip(A, b))

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print(solve(A, b), solve(A, b, exact=True), residual(A, solve(A, b), b) < 1e-12)
H = [[Fraction(1, i + j + 1) for j in range(5)] for i in range(5)]
hb = [1, 0, 0, 0, 1]
xe = solve(H, hb, exact=True)
xf = solve([[float(v) for v in row] for row in H], hb)
print([str(v) for v in xe])
print([round(v, 6) for v in xf], max(abs(float(a) - b) for a, b in zip(xe, xf)) < 1e-6)
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print("ValueError:", e)

def lstsq_line(xs, ys):
    n = len(xs)
    sx, sy = sum(xs), sum(ys)
    sxx = sum(x * x for x in xs)
    sxy = sum(x * y for x, y in zip(xs, ys))
    return solve([[sxx, sx], [sx, n]], [sxy, sy])

xs = [0, 1, 2, 3, 4, 5]
ys = [1.1, 2.9, 5.2, 7.1, 8.8, 11.2]
m, c = lstsq_line(xs, ys)
print(f"y = {m:.6f}x + {c:.6f}", [round(m * x + c - y, 4) for x, y in zip(xs, ys)])
mq, cq = lstsq_line([Fraction(x) for x in xs], [Fraction(str(y)) for y in ys])
print(mq, cq, float(mq) == round(m, 15) or abs(float(mq) - m) < 1e-12)
def det(M):
    M = [row[:] for row in M]
    n, d = len(M), Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if M[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            M[c], M[p] = M[p], M[c]
            d = -d
        d *= M[c][c]
        for r in range(c + 1, n):
            f = M[r][c] / M[c][c]
            M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return d
print(det([[Fraction(v) for v in row] for row in A]), det(H), 1 / det(H))
