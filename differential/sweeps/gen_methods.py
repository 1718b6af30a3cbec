"""Sweep methods.json: every public method of bytes, bytearray, list, dict, set,
frozenset, tuple, int, float, complex and range x receivers x argument tuples.
Mutable receivers are evaluated as (_x := receiver, _x.m(args), _x): the result and
the receiver afterwards.  Attributes that are not callable are read.
Run: python3 gen_methods.py"""
from sweeplib import write

B_ARGS = ['', "b'a'", "b'b', b'x'", "b'ab', b'', 1", '1', "5, b'*'", '-1', 'None',
          "b'-'", "[b'a', b'b']", '2, 5', "b'a', 1, 3", "'a'", '3, 1', "x=1",
          "b'l', b'L', 1", '(b"a", b"c")', "bytearray(b'c')", "b'ab'", "8", "'utf-8'",
          "4, 'big'", "2, byteorder='little'", "b'b', 1, -1", "b'a', 2"]
B_RECV = ["b''", "b'abc'", "b'Hello World'", "b'  a-b_c  '", "b'a\\tb\\ncab'", "b'12'",
          "b'\\xe9\\x00'"]
BA_RECV = ["bytearray()", "bytearray(b'abcab')", "bytearray(b' Ab c ')", "bytearray(b'\\x00\\xff')"]
L_ARGS = ['', '0', '1', '-1', '2', '9', '[7, 8]', "'ab'", '0, 5', '-1, 5', '1, 2, 3',
          'None', 'key=abs', 'reverse=True', 'key=len', 'key=str, reverse=True', '2, -2', 'x=1']
L_RECV = ['[]', '[3, 1, 2]', '[1, 1, -2, 1]', "['b', 'a']", '[0, 0.0, False]', '[[2], [1]]']
D_ARGS = ['', "'a'", "'a', 9", '1', '1, 2', "{'a': 5, 'c': 6}", "[('z', 0)]", "b=3",
          "'q'", 'None', '[1]', "{'a': 1}, a=2", "'a', None"]
D_RECV = ['{}', "{'a': 1, 'b': 2}", '{1: 2, 3: 4}', '{(1,): None}']
S_ARGS = ['', '1', '5', '{1, 5}', '[2, 2, 6]', 'frozenset({1, 2})', "'ab'", '[1], [7]',
          'None', '{5}, {6}', '[[]]', 'range(3)', '{1: 2}']
S_RECV = ['set()', '{1, 2, 3}', '{5}', '{0, 1, 2, 99}']
FS_RECV = ['frozenset()', 'frozenset({1, 2, 3})', 'frozenset({2, 7})']
T_ARGS = ['', '1', '2', "'a'", '1, 1', '1, -1, 9', 'None', '[1]', '1, 0, 2, 3']
T_RECV = ['()', '(1, 2, 1, 3)', "('a', [1], 1.0)"]
I_ARGS = ['', '2', "2, 'big'", "2, 'little'", "1, 'big', signed=True", "8, 'big', signed=True",
          "b'\\x01\\x00', 'big'", "b'\\xff', 'little', signed=True", "[1, 2], 'big'", "'big'",
          'None', "length=2, byteorder='little'", '-1']
I_RECV = ['0', '1', '-1', '255', '-129', '2**70', '-2**64', 'True', '(7)']
F_ARGS = ['', "'0x1.8p1'", "'-0x.1p-4'", "'inf'", "'0x1p2000'", "'zz'", '1', 'None', "' 0x2 '"]
F_RECV = ['0.0', '-0.0', '1.5', '-2.75', '1e300', '0.1', "float('inf')", "float('nan')", '3.0',
          '5e-324']
C_RECV = ['0j', '(1+2j)', '(-1.5-0j)', "complex('inf')"]
R_RECV = ['range(0)', 'range(5)', 'range(10, 0, -3)', 'range(2, 20, 4)']
R_ARGS = ['', '1', '4', '7', '-1', "'a'", '2.0', 'True', '10**20']


def methods(t):
    return sorted(m for m in dir(t) if not m.startswith('_'))


srcs = []


def sweep(t, receivers, args, mutable=False):
    for m in methods(t):
        for r in receivers:
            if not callable(getattr(eval(r), m)):
                srcs.append(f'({r}).{m}')
                continue
            for a in args:
                if m == 'add' and a == 'None':
                    continue  # hash(None) is its address: the set's order differs between runs
                if mutable:
                    srcs.append(f'(_x := {r}, _x.{m}({a}), _x)')
                else:
                    srcs.append(f'({r}).{m}({a})')


sweep(bytes, B_RECV, B_ARGS)
sweep(bytearray, BA_RECV, B_ARGS, mutable=True)
sweep(list, L_RECV, L_ARGS, mutable=True)
sweep(dict, D_RECV, D_ARGS, mutable=True)
sweep(set, S_RECV, S_ARGS, mutable=True)
sweep(frozenset, FS_RECV, S_ARGS)
sweep(tuple, T_RECV, T_ARGS)
sweep(int, I_RECV, I_ARGS)
sweep(float, F_RECV, F_ARGS)
sweep(complex, C_RECV, ['', '1', 'None'])
sweep(range, R_RECV, R_ARGS)
# class methods called on the type
for a in I_ARGS:
    srcs.append(f'int.from_bytes({a})')
for a in F_ARGS:
    srcs.append(f'float.fromhex({a})')
for a in ["'61 62'", "'6162'", "' 61  62 '", "'6'", "'zz'", "b'61'", '1', "''", "'0A0b'"]:
    srcs.append(f'bytes.fromhex({a})')
    srcs.append(f'bytearray.fromhex({a})')
for a in ["b'ab', b'xy'", "b'a', b'bc'", "'a', 'b'", "b'abc', b'xyz', b'c'"]:
    srcs.append(f'bytes.maketrans({a})')
write('methods', srcs)
