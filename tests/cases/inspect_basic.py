# inspect: predicates, getmembers, signature (str/repr of Signature and Parameter, bind errors,
# methods, classes, partials, __wrapped__, __signature__), getfullargspec, getdoc/cleandoc,
# getsource and unwrap
import inspect, functools, asyncio, abc
from inspect import Parameter, Signature, signature

def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool:
    """Doc of f.

        indented line
    last"""
    return True

def g(x, y=None): pass
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
lam = lambda q, *r, s=1: q

class Base(abc.ABC):
    """Base doc."""
    @abc.abstractmethod
    def run(self): ...

class C(Base):
    attr = 5
    def __init__(self, v, *, w=0): self.v = v
    def run(self, n: int) -> None:
        """Run it."""
    @classmethod
    def make(cls, k): return cls(k)
    @staticmethod
    def util(p, q=1): pass
    @property
    def prop(self): return 1

class Call:
    def __call__(self, z, /, t=1): pass

for obj in [f, g, co, gen, agen, lam, C, C(1), C(1).run, C.make, C.util, len, abc, Base, 1, C.prop, Call()]:
    print(getattr(obj, '__name__', type(obj).__name__), [p.__name__ for p in [
        inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.ismodule, inspect.isbuiltin,
        inspect.isroutine, inspect.iscoroutinefunction, inspect.isgeneratorfunction, inspect.isasyncgenfunction,
        inspect.isabstract, inspect.isdatadescriptor] if p(obj)])
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
gg = gen(); print(inspect.isgenerator(gg), inspect.isgenerator(f))

for obj in [f, g, lam, C, C(1).run, C.run, C.make, C.util, Call(), functools.partial(g, 1), functools.partial(f, 1, c=5),
            functools.partial(g, y=2), len, sorted, divmod]:
    try:
        s = signature(obj)
        print(repr(s), [(p.name, str(p.kind), p.kind.description) for p in s.parameters.values()][:3])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = signature(f)
print(s.return_annotation, s.parameters['b'].annotation, s.parameters['b'].default, s.parameters['a'].default is Parameter.empty)
print(repr(s.parameters['e']), str(s.parameters['kw']), s.parameters['args'].kind == Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY, repr(Parameter.KEYWORD_ONLY), int(Parameter.VAR_KEYWORD))
for args, kw in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 1, 'z': 9}), ((), {}), ((1,), {}), ((1,), {'a': 1, 'd': 1}),
                 ((1, 2), {'c': 1, 'd': 2}), ((1, 2, 3), {'c': 1, 'd': 0})]:
    try:
        ba = s.bind(*args, **kw)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults(); print(ba.arguments)
    except TypeError as e:
        print('TypeError', e)
sg = signature(g)
for args, kw in [((1, 2, 3), {}), ((), {'y': 1}), ((1,), {'z': 1}), ((1,), {'x': 2})]:
    try:
        print(sg.bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
print(sg.bind_partial(y=3), sg.bind_partial())

P = Parameter
sig = Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1), P('c', P.KEYWORD_ONLY, annotation=int)],
                return_annotation=list)
print(sig, sig.replace(return_annotation=Signature.empty), sig == signature(lambda a, /, b=1, *, c: 0), hash(sig) == hash(sig.replace()))
for make in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('a', 7), lambda: P(5, P.KEYWORD_ONLY), lambda: P('a', P.VAR_POSITIONAL, default=1),
             lambda: Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
             lambda: Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
             lambda: Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]), lambda: P('for', P.KEYWORD_ONLY)]:
    try:
        print(make())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P('x', P.KEYWORD_ONLY).replace(name='y', default=2), P('x', P.KEYWORD_ONLY) == P('x', P.KEYWORD_ONLY))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=2): pass
print(signature(wrapped), signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped) is wrapped.__wrapped__)
def custom(): pass
custom.__signature__ = Signature([P('zz', P.POSITIONAL_OR_KEYWORD)])
print(signature(custom))
try:
    signature(5)
except TypeError as e:
    print('TypeError', e)

print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C.run), inspect.getcallargs(g, 1))
print(inspect.getdoc(f))
print(inspect.getdoc(C.run), '|', inspect.getdoc(C), '|', inspect.getdoc(C(1).run))
print(repr(inspect.cleandoc('  a\n    b\n   c\n\n')))
print([n for n, v in inspect.getmembers(C) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(C, inspect.isfunction)], [n for n, v in inspect.getmembers(C(1), inspect.ismethod) if not n.startswith('_')])
print(inspect.getmro(C)[:2], inspect.getmodule(C).__name__, inspect.getattr_static(C, 'prop').__class__.__name__)
print(inspect.getsource(g), end='')
print(inspect.getsource(C.util), end='')
print(inspect.getsource(deco), end='')
print(inspect.getsourcelines(g)[1], inspect.getfile(g) == inspect.getfile(C))
print(inspect.get_annotations(f), inspect.get_annotations(C))
print(inspect.getclosurevars(deco(g)).nonlocals.keys(), inspect.isclass(inspect.Parameter.empty))
