import math
for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1.7976931348623157e308, 1.7976931348623157e308], [float('inf'), 1.0],
           [float('inf'), float('-inf')], [float('nan'), 1.0], [], [1, 2, 3], [2.5, 2.5, 0.1], [1e16, 1.0, 1e-16], [0.3, 0.6, -0.9],
           [2.0 ** 53, 1.0, 2.0 ** -53], [-0.0], ['a']]:
    try:
        print(repr(math.fsum(xs)))
    except (OverflowError, ValueError, TypeError) as e:
        print('!', type(e).__name__, e)
for args, kw in [((1.0, 1.0 + 1e-10), {}), ((1.0, 1.1), {}), ((1.0, 1.1), {'rel_tol': 0.1}), ((0.0, 1e-10), {}), ((0.0, 1e-10), {'abs_tol': 1e-9}),
                 ((float('inf'), float('inf')), {}), ((float('nan'), float('nan')), {}), ((1, 1), {'rel_tol': -1}), ((1, 2), {'x': 1}), ((1,), {}), ((1, 'a'), {})]:
    try:
        print(math.isclose(*args, **kw))
    except (ValueError, TypeError) as e:
        print('!', type(e).__name__, e)
