"""A Polynomial class with operator overloading, evaluation, derivatives, division, roots by Newton and printing."""
from fractions import Fraction
from itertools import zip_longest

class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return len(self.c) - 1 if any(self.c) else -1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        return Poly(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0))
    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, o):
        return self + (-(o if isinstance(o, Poly) else Poly([o])))

    def __rsub__(self, o):
        return Poly([o]) - self

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        r = [Fraction(a) for a in self.c]
        q = [Fraction(0)] * max(1, len(r) - len(d.c) + 1)
        while len(r) >= len(d.c) and any(r):
            shift = len(r) - len(d.c)
            f = r[-1] / Fraction(d.c[-1])
            q[shift] = f
            for i, b in enumerate(d.c):
                r[i + shift] -= f * b
            r.pop()
        return Poly(q), Poly(r)

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def __eq__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        return self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def deriv(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s

def newton(p, x0, tol=1e-12, max_iter=100):
    dp = p.deriv()
    x = x0
    for i in range(max_iter):
        fx = p(x)
        if abs(fx) < tol:
            return x, i
        x -= fx / dp(x)
    return x, max_iter

x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
print(p, "|", repr(p), "| degree", p.degree)
print([p(v) for v in range(-3, 5)], p.deriv(), p.deriv().deriv())
print((x + 1) ** 5, str(2 * x ** 3 - x + 7), str(-x), str(Poly([0])), str(Poly([5])), str(x - x))
q, r = divmod(x ** 3 - 2 * x ** 2 - 4, x - 3)
print(q, "rem", r, q * (x - 3) + r == x ** 3 - 2 * x ** 2 - 4)
print(divmod(x ** 2 + 1, 2 * x + 1), (x ** 4 - 1) // (x ** 2 + 1), (x ** 4 - 1) % (x - 1))
print([round(newton(p, g)[0], 10) for g in (-5, 0.5, 10)], newton(x ** 2 - 2, 1.0))
print(3 - x, 2 + x, x * 0, {x + 1: "a", Poly([1, 1]): "b"}, x == Poly([0, 1]), Poly([1, 2, 0, 0]) == Poly([1, 2]))
try:
    divmod(x, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
