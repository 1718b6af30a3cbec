class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__ if t else None, v, tb is not None)
        return isinstance(v, KeyError)
with CM():
    raise KeyError('suppressed')
print('after suppressed')
try:
    with CM():
        raise ValueError('kept')
except ValueError as e:
    print('propagated', e)
