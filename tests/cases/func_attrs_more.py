def outer():
    def inner(x: int = 1, *a: str, k: 'K' = 2, **kw) -> None:
        """inner doc"""
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__module__, i.__doc__)
print(i.__defaults__, i.__kwdefaults__, i.__annotations__)
print(type(i.__code__).__name__, i.__code__.co_name)
print(i.__closure__)
i.__name__ = 'renamed'
i.__qualname__ = 'Q.renamed'
print(i.__name__, i.__qualname__, repr(i).startswith('<function Q.renamed at 0x'))
i.custom = 5
print(i.custom, i.__dict__)
try:
    i.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    i.__qualname__ = None
except TypeError as e:
    print('TypeError', e)
def noanno(): pass
print(noanno.__annotations__, noanno.__doc__, noanno.__defaults__, noanno.__kwdefaults__)
noanno.__annotations__['x'] = int
print(noanno.__annotations__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
class K:
    def meth(self): pass
    class Inner:
        def deep(self):
            def f(): pass
            return f
print(K.meth.__qualname__, K.Inner.deep.__qualname__, K.Inner().deep().__qualname__)
print(K().meth.__name__, K().meth.__qualname__, K().meth.__func__ is K.meth, type(K().meth.__self__).__name__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print([cell.cell_contents for cell in c.__closure__], c.__code__.co_freevars)
print(callable(c), callable(1), callable(K), callable(K()))
def doc_only():
    "single"
    return 1
print(doc_only.__doc__)
def not_doc():
    x = 1
    "not a doc"
print(not_doc.__doc__)
