#!/usr/bin/env python3
"""Generates tests/dtoa/golden.json for tests/dtoa.test.ts using CPython as the oracle.

  repr:  [hexbits, repr(x)]
  fmt:   [hexbits, typechar, precision, flags, format(x, spec)]
         flags: 1 '#', 2 upper-case type, 4 '' type (add .0), 8 'z'
  parse: [string, hexbits | null (ValueError)]
"""
import json, math, random, struct
from decimal import Decimal, getcontext

random.seed(20240611)
getcontext().prec = 2000

def b2f(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
def f2b(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def hx(x): return '%016x' % f2b(x)

vals = []
# random bit patterns over all exponents (finite)
for _ in range(2500):
    b = random.getrandbits(64)
    if (b >> 52) & 0x7ff == 0x7ff: b &= ~(1 << 62)
    vals.append(b2f(b))
# subnormals, tiny/huge
for _ in range(200):
    vals.append(b2f(random.getrandbits(52) >> random.randint(0, 51)))
vals += [0.0, -0.0, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
         1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 9007199254740993.0,
         2.0**53, 2.0**63, 2.0**64, 0.1, 0.2, 0.3, 1/3, 2/3, 2.675, 0.125, 0.375, 2.5, 0.5, 1.5, 1e16,
         1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00015, 123456789012345.0, 1e22, 1e23, 1e300,
         5e-324 * 3, 4.35, 1.005, 8.5, 9.5, 0.05, 0.95, 99.5, 999999.5]
for e in range(-325, 309):
    vals.append(float('1e%d' % e))
    vals.append(float('5e%d' % e))
for e in range(-1074, 1024, 7):
    vals.append(math.ldexp(1.0, e))
# short decimals and halfway-ish values
for _ in range(600):
    d = random.randint(1, 10 ** random.randint(1, 17))
    vals.append(float('%de%d' % (d, random.randint(-30, 30))))
for _ in range(300):  # k + 0.5 at various scales: exact ties in 'f'/'e' rounding
    p = random.randint(0, 8)
    vals.append((random.randint(0, 10 ** 6) * 2 + 1) / 2 / 10 ** p)

repr_cases = [[hx(x), repr(x)] for x in vals]
repr_cases += [[hx(-x), repr(-x)] for x in vals[:300]]

def pyfmt(x, t, p, flags):
    # 'r' is repr(); with '#' it is format(x, '#'): the mantissa keeps its point ('1.e-07')
    if t == 'r': return format(x, '#') if flags & 1 else repr(x)
    spec = ''
    if flags & 8: spec += 'z'
    if flags & 1: spec += '#'
    tt = t.upper() if flags & 2 else t
    if flags & 4: tt = ''
    return format(x, spec + '.%d' % p + tt)

fmt_cases = []
types = ['e', 'f', 'g', '%', 'r']
for x in vals:
    for _ in range(2):
        t = random.choice(types)
        p = random.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, random.randint(0, 40)])
        flags = 0
        if random.random() < 0.15: flags |= 1
        if random.random() < 0.15: flags |= 2
        if t == "g" and random.random() < 0.2: flags = (flags | 4) & ~2
        if t in 'efg%' and random.random() < 0.1: flags |= 8
        if random.random() < 0.5: x = -x
        fmt_cases.append([hx(x), t, p, flags, pyfmt(x, t, p, flags)])
for x in [5e-324, 1e300, 1e22, 2.2250738585072014e-308, 0.1, 1.7976931348623157e308, 1/3]:
    for p in [100, 400, 1000, 1100]:
        for t in 'efg':
            fmt_cases.append([hx(x), t, p, 0, pyfmt(x, t, p, 0)])
for x in [2.675, 0.125, 0.375, 2.5, 1e22, 1e300, 0.5, 1.5, 0.0, -0.0, 9.995, 0.0005]:
    for t in 'efg%':
        for p in range(0, 6):
            for flags in (0, 1):
                fmt_cases.append([hx(x), t, p, flags, pyfmt(x, t, p, flags)])

parse_cases = []
def addp(s):
    try: v = hx(float(s))
    except ValueError: v = None
    parse_cases.append([s, v])
for x in vals[:1500]:
    if math.isfinite(x):
        addp(repr(x)); addp('%.17e' % x); addp('%.25g' % x)
for _ in range(800):
    n = random.randint(1, 30)
    digs = ''.join(random.choice('0123456789') for _ in range(n))
    e = random.randint(-340, 320)
    addp(digs + 'e' + str(e))
    k = random.randint(0, n)
    addp(digs[:k] + '.' + digs[k:] + 'E' + str(random.randint(-30, 30)))
# exact midpoints between adjacent doubles (ties) and nudges
for _ in range(500):
    b = random.getrandbits(63)
    if (b >> 52) >= 0x7fe: continue
    if random.random() < 0.2: b &= (1 << 52) - 1  # subnormal
    lo, hi = Decimal(b2f(b)), Decimal(b2f(b + 1))
    mid = (lo + hi) / 2
    s = format(mid, 'f') if random.random() < 0.3 else format(mid, 'e')
    addp(s)
    addp(format(mid.next_plus() if False else mid + (hi - lo) / Decimal(10 ** 30), 'e'))
    addp(format(mid - (hi - lo) / Decimal(10 ** 30), 'e'))
# 800+ digit inputs
for _ in range(30):
    b = random.getrandbits(52)
    mid = (Decimal(b2f(b)) + Decimal(b2f(b + 1))) / 2
    s = format(mid, 'e')
    m, e = s.split('e')
    addp(m + '0' * random.randint(0, 300) + ('1' if random.random() < 0.5 else '') + 'e' + e)
addp('1' + '0' * 900)
addp('0.' + '0' * 900 + '1')
addp('9' * 1200)
addp('1' * 1000 + 'e-1300')
hand = ['1.5', ' -0 ', '+0.0', '1_000.5', '1_000.000_1', '1e1_0', '1.5e+0_3', '1e-400', '-1e-400', '1e400',
        'inf', 'INF', '-Infinity', '+iNfInItY', 'nan', '-nan', '+NaN', '1_', '_1', '1__0', '1._5', '1_.5',
        '1_e5', '1e_1', '1e+_1', 'nan(1)', '+-1', '1e', '.', '.e1', '1.', '.5', '0x10', ' 1 ', '\t1\n',
        '\x0b1\x0c', '\x1c1', '1\x00', 'infinit', 'in', '', '   ', '-', '+', 'e5', '1e+', '1.2.3',
        '1e5.5', '0.0000000000000000000000000000000000000000001e43', '2.2250738585072011e-308',
        '2.2250738585072012e-308', '4.9406564584124654e-324', '2.4703282292062328e-324',
        '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308',
        '9007199254740993', '9007199254740992.5', '9007199254740993.0000000001', '1e23',
        '8.98846567431158e307', '1e99999999999', '1e-99999999999', '0e99999999999', '00000.000001',
        '123456789012345678901234567890', '7.038531e-26', '1 0', '١']
for s in hand: addp(s)

json.dump({'repr': repr_cases, 'fmt': fmt_cases, 'parse': parse_cases},
          open(__file__.replace('gen.py', 'golden.json'), 'w'), separators=(',', ':'))
print(len(repr_cases), len(fmt_cases), len(parse_cases))
