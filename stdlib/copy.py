"""Generic (shallow and deep) copying operations."""

__all__ = ['Error', 'copy', 'deepcopy']

from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error


def _func(): pass


_atomic = {type(None), int, float, bool, str, type, range, type(Ellipsis),
           type(NotImplemented), type(_func), type(len), property, frozenset}
del _func
_b = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
for _name in ('complex', 'bytes'):
    if _name in _b:
        _atomic.add(_b[_name])
_bytearray = _b.get('bytearray', list)
del _b, _name


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    if cls is list or cls is dict or cls is set or cls is _bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _registered(cls)
    if reductor is not None:
        return _from_reduce(x, reductor(x), None)
    return _reconstruct(x, None)


def _registered(cls):
    """A reduction function registered with copyreg.pickle for exactly this type."""
    return dispatch_table.get(cls)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            reductor = _registered(cls)
            if reductor is not None:
                y = _from_reduce(x, reductor(x), memo)
            else:
                y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """Rebuild x from its class and state (the parts of the pickle protocol copy uses)."""
    deep = memo is not None
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls(*(deepcopy(a, memo) for a in x.args) if deep else x.args)
        state = getattr(x, '__dict__', None)
        if state:
            y.__dict__.update(deepcopy(state, memo) if deep else state)
        return y
    reduce_ex = getattr(x, '__reduce_ex__', None)
    if reduce_ex is not None and _user_defined(cls, '__reduce_ex__'):
        return _from_reduce(x, reduce_ex(4), memo)
    reduce = getattr(x, '__reduce__', None)
    if reduce is not None and _user_defined(cls, '__reduce__'):
        return _from_reduce(x, reduce(), memo)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None and _user_defined(cls, '__getnewargs__'):
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, tuple):
        y = cls.__new__(cls, [deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, (int, float, str, frozenset, bytes, bytearray)):
        y = cls.__new__(cls, x)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend([deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update({deepcopy(a, memo) for a in x} if deep else x)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and _user_defined(cls, '__getstate__'):
        state = getstate()
    else:
        state = _default_state(x)
    if state is not None and state != {}:
        _set_state(y, state, memo)
    return y


def _user_defined(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c is not object and c.__module__ != 'builtins'
    return False


def _default_state(x):
    d = getattr(x, '__dict__', None)
    slots = {}
    for c in type(x).__mro__:
        s = c.__dict__.get('__slots__')
        if s is None:
            continue
        if isinstance(s, str):
            s = (s,)
        for name in s:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (dict(d) if d else None, slots)
    return dict(d) if d else None


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _user_defined(type(y), '__setstate__'):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _from_reduce(x, rv, memo):
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
