class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with CM():
        raise ValueError('body')
except RuntimeError as e:
    print(e, repr(e.__context__))
