def g():
    "doc"
    yield
print(g.__name__, g.__doc__, type(g()).__name__)
import types
print(isinstance(g(), types.GeneratorType), callable(g))
it = g()
print(iter(it) is it, hasattr(it, 'send'), hasattr(it, 'throw'))
