"""Numerical helpers: math module functions, float accuracy, summation, geometry, statistics."""
import math
import statistics

values = [0.1] * 10 + [1e16, 1.0, -1e16]
print("sum:", sum(values), "fsum:", math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]), math.fsum([1.1, 2.2, -3.3]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(float("inf"), float("inf")), math.isclose(math.nan, math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 9), math.lcm(-4, 6), math.gcd(12, 18, 24), math.lcm(2**70, 3))
print(math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.perm(10, 3), math.perm(6), math.comb(100, 50))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(3, 4, 12), math.hypot(), math.hypot(-2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(0.1, 0.2, 0.3), math.dist((1.5,), (-2.25,)))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 10))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2), math.remainder(7, 3), math.remainder(7.5, 2), math.remainder(-5, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.copysign(3, -0.0), math.modf(-3.75))
print(math.factorial(20), math.isqrt(10**20 + 1), math.sqrt(2), math.log(1024, 2), math.log10(1e-5), math.log2(3), math.log1p(1e-10))
print(math.degrees(math.pi / 3), math.radians(180), math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.tau)
print(math.inf > 1e308, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308 * 10))
print(math.exp(1), math.e, math.pow(2, 0.5), 2 ** 0.5, math.pow(-8, 1 / 3) if False else "skip", (-8) ** (1 / 3))

def polygon_area(pts):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2

def perimeter(pts):
    return sum(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))

hexagon = [(math.cos(k * math.pi / 3), math.sin(k * math.pi / 3)) for k in range(6)]
print(round(polygon_area(hexagon), 12), round(perimeter(hexagon), 12), 3 * math.sqrt(3) / 2)
pts = [(1, 2), (4, 6), (-1, 0), (3, -2), (0, 5)]
centroid = (statistics.fmean(p[0] for p in pts), statistics.fmean(p[1] for p in pts))
print(centroid, sorted(pts, key=lambda p: math.dist(p, centroid))[0])
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
slope, intercept = statistics.linear_regression(xs, ys)
print(round(slope, 10), round(intercept, 10), round(statistics.correlation(xs, ys), 12), statistics.covariance(xs, ys))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.mode("aabbbc"), statistics.multimode("aabbcc"))
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]))

def newton_sqrt(n, tol=1e-12):
    x = n
    for i in range(100):
        nx = (x + n / x) / 2
        if math.isclose(nx, x, rel_tol=tol):
            return nx, i
        x = nx
    return x, 100

print([newton_sqrt(n) for n in (2, 10, 1e6)])

def integrate(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + math.fsum(f(a + i * h) for i in range(1, n)) + f(b) / 2)

print(integrate(math.sin, 0, math.pi), integrate(lambda x: x * x, 0, 3), integrate(math.exp, 0, 1) - (math.e - 1))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    math.ldexp(1.0, 1100)
except OverflowError as e:
    print("OverflowError:", e)
