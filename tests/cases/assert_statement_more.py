def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('bare', repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    assert 0, None
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return 'lazy'
assert True, msg()
print('message not evaluated when true:', calls)
try:
    assert (1, 2) == (1, 3), 'tuples differ'
except AssertionError as e:
    print(e)
class Weird:
    def __bool__(self): raise ValueError('bool failed')
try:
    assert Weird()
except ValueError as e:
    print('ValueError', e)
AssertionError = ValueError
try:
    assert False, 'shadowed name is not used'
except Exception as e:
    print(type(e).__name__, e)
del AssertionError
print(issubclass(AssertionError, Exception))
