class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
it = iter(Count(1))
print(next(it), next(it, 'done'))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(type(e).__name__, e)
