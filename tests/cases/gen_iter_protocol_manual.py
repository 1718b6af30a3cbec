class Gen:
    def __init__(self): self.g = self._run()
    def _run(self):
        yield 'a'; yield 'b'
    def __iter__(self): return self
    def __next__(self): return next(self.g)
print(list(Gen()))
for x in Gen(): print(x)
