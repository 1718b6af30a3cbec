# exceptions raised in finally replace the original
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def f():
    try:
        return 'returned'
    finally:
        raise RuntimeError('finally raised')
try:
    f()
except RuntimeError as e:
    print('caught', e)
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'unreached?'
try:
    print(g())
except ValueError as e:
    print('ValueError', e)
