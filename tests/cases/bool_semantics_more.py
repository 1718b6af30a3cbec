print(True + 1, True * 2.5, True / 1, True == 1, True is 1 if False else 'skip', hash(True) == hash(1), {True: 'a', 1: 'b'})
print(bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(set()), bool(None), bool(0j), bool(range(0)), bool(b''))
print(bool(1), bool(-1), bool(' '), bool([0]), bool((None,)), bool(0.1), bool(object()))
print(True & False, True | False, True ^ True, ~True, -True, not True, True and 5, False or 'x')
print(type(True + True).__name__, type(True & True).__name__, isinstance(True, int), str(True), repr(False), int(True))
print(sum([True, True, False]), [True, False].count(True), sorted([True, False, 0, 1]), max(False, 0), True > False)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(bool('False'), bool.__name__, bool(bool), True.real, True.imag, True.numerator)
