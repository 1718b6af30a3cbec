def g():
    yield 1
class K:
    def m(self):
        yield 2
it = g()
print(it.__name__, it.__qualname__, K().m().__qualname__, type(it).__name__)
print(repr(it).split(' at ')[0])
