"""Sweeps binop.json, strmeth.json, format.json (the first sweeps): binary operators x
ordered pairs of representative values, every str method x receivers x argument tuples,
format specs x values.  Run: python3 gen_binop_strmeth_format.py"""
from sweeplib import write

# (a) binary operators x ordered pairs of representative values
VALUES = ['0', '1', '-7', '2**70', 'True', 'False', '0.0', '-2.5', '1e300',
          "float('nan')", '1j', '(1+2j)', "''", "'ab'", "b''", "b'xy'", '[]',
          '[1, 2]', '()', '(1,)', '{}', '{1: 2}', 'set()', '{1}', 'None']
OPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^',
       '==', '!=', '<', '<=', '>', '>=', 'in']
BIG_ROUND = {'-7', '2**70', '1', 'True'}  # int ** 2**70 / int << 2**70 never finish
srcs = []
for op in OPS:
    for a in VALUES:
        for b in VALUES:
            if op in ('**', '<<') and b == '2**70' and a in BIG_ROUND:
                continue
            src = f'({a}) {op} ({b})'
            srcs.append(src)
write('binop', srcs)

# (b) every str method x receivers x a few argument tuples
RECEIVERS = ["''", "'abc'", "'Hello World'", "'  a-b_c  '", "'\\u00df\\u0130x'",
             "'12'", "'a\\tb\\nc'", "'{0}-{x}'"]
ARGS = ['', "'a'", "'b', 'x'", '1', "5, '*'", "'l', 'L', 1", "-1", "None",
        "'-'", "['a', 'b']", "2, 5", "{'x': 1}", "x=1"]
METHODS = sorted(m for m in dir(str) if not m.startswith('_'))
srcs = []
for m in METHODS:
    for r in RECEIVERS:
        for a in ARGS:
            src = f'{r}.{m}({a})'
            srcs.append(src)
write('strmeth', srcs)

# (c) format specs x values
FVALUES = ['0', '7', '-42', '1234567', '2**70', 'True', '0.0', '-2.5',
           '3.14159', '1e300', '1e-7', "float('nan')", "float('-inf')", "'ab'", "''"]
SPECS = ['', 'd', '5', '<8', '>8', '^9', '*^9', '0>6', '+', '-', ' ', '+d', '#x',
         '#o', '#b', 'X', 'x', 'o', 'b', 'c', 'n', '08', '08.3f', ',', '_', ',d',
         '_x', '_b', '15,.2f', '.3', '.2f', '.0f', '.3e', 'E', 'g', '.10g', 'G',
         '%', '.1%', '#g', '#.0f', '=+10', '=10', '012,', '.2', '10.3s', '<5s',
         's', '#', 'z.1f', '+.2e', 'q']
srcs = []
for v in FVALUES:
    for s in SPECS:
        src = f'format({v}, {s!r})'
        srcs.append(src)
write('format', srcs)
