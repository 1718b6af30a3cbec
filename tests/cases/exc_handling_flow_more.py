def f(kind):
    try:
        if kind == 'value': raise ValueError('v')
        if kind == 'key': raise KeyError('k')
        if kind == 'type': raise TypeError('t')
        return 'no error'
    except (ValueError, KeyError) as e:
        return f'caught {type(e).__name__}'
    except Exception as e:
        return f'generic {type(e).__name__}'
    finally:
        print('finally for', kind)
for k in ('value', 'key', 'type', 'none'):
    print(f(k))
def handler_raises():
    try:
        raise ValueError('first')
    except ValueError:
        raise
    except Exception:
        print('never: sibling handlers do not catch re-raise')
try:
    handler_raises()
except ValueError as e:
    print('re-raised', e)
errs = (ZeroDivisionError, IndexError)
try:
    [][1]
except errs as e:
    print('tuple in variable', type(e).__name__)
def dyn():
    return KeyError
try:
    {}['x']
except dyn() as e:
    print('dynamic class expr', e)
try:
    try:
        raise ValueError('a')
    finally:
        print('inner finally during propagation')
except ValueError:
    print('outer caught')
def loop_exc():
    results = []
    for v in [1, 0, 2, 'x', 4]:
        try:
            results.append(10 // v)
        except ZeroDivisionError:
            results.append('div0')
            continue
        except TypeError:
            results.append('type')
            break
        finally:
            results.append('f')
    return results
print(loop_exc())
try:
    raise ValueError('with context')
except ValueError as outer:
    try:
        raise KeyError('inner')
    except KeyError as inner:
        print(repr(inner.__context__), inner.__context__ is outer)
e_saved = None
try:
    raise RuntimeError('saved')
except RuntimeError as e:
    e_saved = e
print(repr(e_saved), 'e' in dir())
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2('sub')
except E1 as e:
    print('base handler catches subclass', type(e).__name__)
try:
    raise E1('base')
except E2:
    print('never')
except E1:
    print('subclass handler skipped')
