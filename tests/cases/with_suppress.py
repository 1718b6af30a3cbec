# __exit__ returning True suppresses exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print('suppressed', t.__name__, v)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print('not reached')
print('continuing')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
import contextlib
with contextlib.suppress(IndexError):
    [][0]
print('after contextlib.suppress')
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    yield name
    print('</' + name + '>')
with tag('p') as t:
    print('content of', t)
