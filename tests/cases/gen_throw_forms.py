def g():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args)

it = g(); next(it)
it.throw(ValueError)
it.throw(ValueError('inst'))
it.throw(KeyError, 'k')
it.throw(TypeError, ('a', 'b'))
it.throw(IndexError, None)
try:
    it.throw(1)
except TypeError as e:
    print('TypeError', e)
try:
    it.throw(int)
except TypeError as e:
    print('TypeError', e)
try:
    it.throw(ValueError('x'), 'y')
except TypeError as e:
    print('TypeError', e)

def fresh():
    print('never runs')
    yield
it = fresh()
try:
    it.throw(KeyError('early'))
except KeyError as e:
    print('unstarted throw propagates', e)
try:
    next(it)
except StopIteration:
    print('and the generator is finished')

def rethrow_value():
    try:
        yield 1
    except ValueError:
        yield 'handled'
    yield 'after'
it = rethrow_value()
print(next(it), it.throw(ValueError), next(it))
try:
    next(it)
except StopIteration:
    print('done')

def returns_on_throw():
    try:
        yield
    except KeyError:
        return 'r'
it = returns_on_throw(); next(it)
try:
    it.throw(KeyError)
except StopIteration as e:
    print('StopIteration value', e.value)
