# raising built-in exceptions with messages
for exc in [ValueError('bad value'), TypeError('bad type'), KeyError('key'),
            IndexError('idx'), RuntimeError('rt'), ZeroDivisionError('zde'),
            AttributeError('attr'), NameError('nm'), StopIteration(5),
            NotImplementedError('nie'), OverflowError('ovf'), AssertionError('as')]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '')
try:
    raise Exception('a', 1)
except Exception as e:
    print(e, repr(e))
