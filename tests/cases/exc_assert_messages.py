for cond, msg in [(False, 'custom'), (0, None), ([], [1, 2])]:
    try:
        if msg is None: assert cond
        else: assert cond, msg
    except AssertionError as e:
        print(repr(e), e.args)
x = 5
try:
    assert x > 10, f'x={x}'
except AssertionError as e:
    print(e)
