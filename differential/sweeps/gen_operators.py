"""Sweeps unary.json and compare.json: unary operators x typed values, and the six
comparisons (plus is/in chains) across types.  Run: python3 gen_operators.py"""
from sweeplib import write

VALUES = ['0', '1', '-1', '7', '-2**63', '2**64', '10**30', 'True', 'False',
          '0.0', '-0.0', '2.5', '-1e-300', '1e308', "float('inf')", "float('-inf')",
          "float('nan')", '0j', '1j', '(-1.5+2j)', "''", "'a'", "'abc'", "'B'",
          "b''", "b'a'", "bytearray(b'ab')", '[]', '[1]', '[1, 2]', "[1, 'a']",
          '()', '(1,)', '(1, 2)', '(1, (2, 3))', '{}', "{'a': 1}", '{1: 2}',
          'set()', '{1, 2}', 'frozenset({1})', 'frozenset()', 'range(3)',
          'range(0)', 'None', 'Ellipsis', 'NotImplemented', 'int', 'len',
          'slice(1, 2)']

srcs = []
for op in ['-', '+', '~', 'not ']:
    for v in VALUES:
        srcs.append(f'{op}({v})')
        srcs.append(f'{op}{op}({v})')
write('unary', srcs)

CMP_VALUES = ['0', '1', '-1', '2**64', 'True', 'False', '0.0', '1.0', '-0.5',
              "float('inf')", "float('nan')", '1j', '(1+0j)', "''", "'a'",
              "'ab'", "'b'", "b'a'", "b'ab'", "bytearray(b'a')", '[]', '[1]',
              '[1, 2]', '[2]', "['a']", '()', '(1,)', '(1, 2)', '(2,)',
              '{}', '{1: 2}', 'set()', '{1}', '{1, 2}', 'frozenset({1})',
              'frozenset({1, 2})', 'range(2)', 'range(0, 2)', 'None']
srcs = []
for op in ['==', '!=', '<', '<=', '>', '>=']:
    for a in CMP_VALUES:
        for b in CMP_VALUES:
            srcs.append(f'({a}) {op} ({b})')
# chains and identity
for a in ['1', "'a'", '[1]', 'None', '2.0']:
    for b in ['1', '2', "'a'", '[1]', 'None', '2.0']:
        srcs.append(f'0 < ({a}) < ({b})')
        srcs.append(f'({a}) == ({b}) == ({a})')
        srcs.append(f'({a}) is ({b})')
        srcs.append(f'({a}) is not ({b})')
        srcs.append(f'({a}) != ({b}) != ({a})')
# membership across containers
for c in ["'abc'", "b'abc'", "bytearray(b'abc')", '[1, 2.0, "a"]', '(1, None)',
          '{1: 2}', '{1, 2}', 'frozenset({1})', 'range(0, 10, 3)', "{'a': 1}",
          '[float("nan")]', 'iter([1, 2])']:
    for x in ['1', '2', '3', '3.0', "'a'", "'bc'", "b'a'", '97', 'None', '[]',
              'True', "float('nan')", '2**70', "'ab'", "b'bc'"]:
        srcs.append(f'({x}) in ({c})')
        srcs.append(f'({x}) not in ({c})')
write('compare', srcs)
