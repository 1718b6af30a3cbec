left = float('nan')
for right in [0, 1, 1.0, True, False, 1+0j, '1', b'1', [1], (1,), {1}, frozenset({1}), {1: 1}, None, range(1), 0.0, -0.0, float('nan')]:
    print(repr(right), left == right, left != right, right == left)
