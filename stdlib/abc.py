"""Abstract Base Classes (ABCs) according to PEP 3119 (pure Python)."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _isabstract(value):
    if value is None:
        return False
    try:
        if getattr(value, '__isabstractmethod__', False):
            return True
    except Exception:
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, '__isabstractmethod__', False))
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, '__isabstractmethod__', False):
                return True
    return False


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _isabstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


# Instantiation check (CPython does it in object.__new__): the root ABC classes get a __new__ guard
# that refuses classes with abstract methods and otherwise delegates to the __new__ it replaced.
# A user __new__ reaches the guard through super().__new__; concrete classes that would inherit
# the guard directly get the original __new__ back, so creating their instances costs nothing extra.
def _make_guard(orig):
    def __new__(cls, *args, **kwargs):
        am = cls.__abstractmethods__
        if am:
            names = sorted(am)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return orig(cls, *args, **kwargs)
    __new__._abc_orig = orig
    return __new__


def _install_new(cls, namespace, abstracts):
    if '__new__' in namespace:
        return
    inherited = None
    owner = None
    for c in cls.__mro__[1:]:
        d = c.__dict__
        if '__new__' in d:
            inherited = d['__new__']
            owner = c
            break
    if inherited is None:
        inherited = object.__new__
    orig = getattr(inherited, '_abc_orig', None)
    root = not any(isinstance(b, ABCMeta) for b in cls.__mro__[1:])
    if root:
        cls.__new__ = _make_guard(inherited if orig is None else orig)
    elif orig is not None:
        if not abstracts:
            cls.__new__ = orig
    elif abstracts and not isinstance(inherited, type(_make_guard)):
        cls.__new__ = _make_guard(inherited)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = abstracts = _compute_abstracts(cls, namespace, bases)
        _install_new(cls, namespace, abstracts)
        cls._abc_registry = []
        cls._abc_subs = []
        cls._abc_cache = {}
        cls._abc_version = _abc_invalidation_counter
        for b in bases:
            if isinstance(b, ABCMeta):
                b._abc_subs.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cache = cls._abc_cache
        if cls._abc_version != _abc_invalidation_counter:
            cache.clear()
            cls._abc_version = _abc_invalidation_counter
        r = cache.get(subclass)
        if r is not None:
            return r
        cache[subclass] = False   # guards against recursion through the registry
        r = _abc_check(cls, subclass)
        cache[subclass] = r
        return r

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)


def _abc_check(cls, subclass):
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if cls in subclass.__mro__:
        return True
    for rcls in cls._abc_registry:
        if issubclass(subclass, rcls):
            return True
    for scls in cls._abc_subs:
        if issubclass(subclass, scls):
            return True
    return False


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
