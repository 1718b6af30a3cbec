from contextlib import contextmanager
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print('ignored', type(e).__name__)
with ignoring(KeyError, IndexError):
    {}['x']
with ignoring(KeyError):
    [][0] if False else None
print('done')
