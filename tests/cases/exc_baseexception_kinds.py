for exc in (KeyboardInterrupt, SystemExit, GeneratorExit, Exception, ValueError):
    try:
        try:
            raise exc('x')
        except Exception:
            print(exc.__name__, 'caught by except Exception')
    except BaseException as e:
        print(exc.__name__, 'only caught by BaseException', type(e).__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)
for args in [(), (0,), ('msg',), (1, 2), (None,)]:
    print(args, SystemExit(*args).code)
def f():
    try:
        import sys
        sys.exit('bye')
    finally:
        print('finally runs on sys.exit')
try:
    f()
except SystemExit as e:
    print('exit with', repr(e.code))
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def reraise_in_nested():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
try:
    reraise_in_nested()
except ValueError as e:
    print('bare raise re-raises the handled exception:', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise Exception('a', 'b')
except Exception as e:
    print(str(e), repr(e))
class NotAnException: pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError', e)
try:
    raise NotAnException
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
try:
    try:
        pass
    except 5:
        pass
    print('invalid except clause not evaluated without exception')
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print('TypeError', e)
