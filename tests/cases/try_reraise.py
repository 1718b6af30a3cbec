# bare raise re-raises the current exception
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging')
        raise
try:
    f()
except ValueError as e:
    print('re-caught', e)
try:
    try:
        int('bad')
    except ValueError as e:
        raise e
except ValueError as e:
    print('again', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def g():
    try:
        raise KeyError('x')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('outer exception restored', repr(e))
