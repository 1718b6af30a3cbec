"""Sweep slicing.json: slicing x sequences (str, bytes, bytearray, list, tuple, range)
with start/stop/step incl. negatives, None, out of range and huge values; indexing;
slice assignment and deletion on list and bytearray; slice objects.
Run: python3 gen_slicing.py"""
from sweeplib import write

SEQS = ["'abcdefg'", "b'abcdefg'", '[0, 1, 2, 3, 4, 5, 6]', '(0, 1, 2, 3, 4, 5, 6)',
        'range(7)', 'range(3, 40, 5)', "''", "bytearray(b'xyz')", 'range(10, -10, -3)']
BOUNDS = ['None', '0', '1', '3', '-1', '-3', '6', '7', '100', '-100', '2**70', '-2**70']
STEPS = ['None', '1', '2', '3', '-1', '-2', '-5', '0']
srcs = []
for s in SEQS:
    for a in BOUNDS:
        for b in BOUNDS:
            for c in STEPS:
                srcs.append(f'({s})[{a}:{b}:{c}]')
    for step in ['2**70', '-2**70', "'a'", '1.0', 'True']:
        srcs.append(f'({s})[::{step}]')
    for bad in ["'a'", '1.5', '[]']:
        srcs.append(f'({s})[{bad}:]')
        srcs.append(f'({s})[:{bad}]')
    for i in ['0', '-1', '6', '7', '-7', '-8', '2**70', 'True', '1.0', "'a'", 'None',
              'slice(None)', '(1, 2)']:
        srcs.append(f'({s})[{i}]')
# slice objects
for a in ['', 'None', '1', '1, 5', '1, 5, 2', "'a', 'b', 'c'", '1, 2, 3, 4']:
    srcs.append(f'slice({a})')
for sl in ['slice(None)', 'slice(1, None, -1)', 'slice(-3, 100, 2)', 'slice(None, None, -1)',
           'slice(2**70, -2**70, -7)', 'slice(0, 10, 0)']:
    for n in ['0', '5', '10', '-1']:
        srcs.append(f'{sl}.indices({n})')
    srcs.append(f'{sl} == slice(None)')
    srcs.append(f'({sl}).start, ({sl}).stop, ({sl}).step')
    srcs.append(f"'abcdef'[{sl}]")
# slice assignment and deletion, as statements
VALS = ['[]', '[9]', '[8, 9]', '[7, 8, 9, 10]', '()', "'xy'", 'range(2)', '5', 'None']
for recv in ['[0, 1, 2, 3, 4, 5]', "bytearray(b'abcdef')"]:
    for sl in ['0:0', '1:3', '::2', '::-2', '4:1', '-2:', '10:', '::3', '1:5:2', '::-1',
               '2:2', ':', '5:1:-1', '-100:1', '1:-100:-1']:
        for v in VALS + (["b'QR'", "bytearray(b'S')", '[65]', '[256]'] if 'bytearray' in recv else []):
            srcs.append((f'x = {recv}\nx[{sl}] = {v}', 'x'))
        srcs.append((f'x = {recv}\ndel x[{sl}]', 'x'))
    for stmt in ['x[0] = x[1:]', 'x[2:] += [1]', 'x[::2] *= 2', 'x[:] = x', 'x[1] = 300',
                 'x[7] = 0', 'del x[6]', 'del x[-7]', 'x["a"] = 1', 'del x[1.0]']:
        srcs.append((f'x = {recv}\n{stmt}', 'x'))
write('slicing', srcs)
