# raise ... from ...
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('converted') from z
except ValueError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise KeyError('k') from ValueError('v')
except KeyError as e:
    print(repr(e.__cause__))
