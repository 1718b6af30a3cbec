"""itertools: iterator building blocks (pure Python; the iterators are generators)."""


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %r)' % (self._obj, self._times)


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def cycle(iterable):
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


class chain:
    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterable):
        return _chain(iterable)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(pred, it):
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for x in it:
        if pred(x):
            yield x
        else:
            return


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(pred, it):
    if pred is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not pred(x):
                yield x


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


def _groupby(it, key):
    st = [None, None, 0, True]   # current value, its key, id of the live group, not exhausted

    def advance():
        try:
            v = next(it)
        except StopIteration:
            st[3] = False
            return
        st[0] = v
        st[1] = v if key is None else key(v)

    def group(gid, tgt):
        while st[2] == gid and st[3] and st[1] == tgt:
            yield st[0]
            if st[2] != gid:
                return
            advance()

    advance()
    while st[3]:
        k = st[1]
        st[2] += 1
        yield k, group(st[2], k)
        st[2] += 1
        while st[3] and st[1] == k:
            advance()


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


def _islice(it, start, stop, step):
    i = 0
    nxt = start
    if stop is not None and start >= stop:
        # consume nothing more than needed
        for _ in range(min(start, stop)):
            try:
                next(it)
            except StopIteration:
                return
        return
    for x in it:
        if i == nxt:
            yield x
            nxt += step
            if stop is not None and nxt >= stop:
                # consume up to stop like CPython
                i += 1
                while i < stop:
                    try:
                        next(it)
                    except StopIteration:
                        return
                    i += 1
                return
        i += 1


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) == 2:
        start, stop, step = args[0], args[1], None
    elif len(args) == 3:
        start, stop, step = args
    elif len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if stop is not None:
        try:
            stop = stop.__index__() if not isinstance(stop, int) else stop
        except AttributeError:
            stop = -1
        if stop < 0:
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    for v in (start, step):
        if v is not None and (not isinstance(v, int) or v < 0):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    start = 0 if start is None else start
    if step is None:
        step = 1
    elif step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _starmap(func, it):
    for args in it:
        yield func(*args)


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _tee_gen(it, buf, mine, others):
    # buf: shared list of [values]; each tee keeps its own deque-like index
    while True:
        if mine:
            yield mine.pop(0)
            continue
        try:
            v = next(it)
        except StopIteration:
            return
        for o in others:
            if o is not mine:
                o.append(v)
        yield v


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    queues = [[] for _ in range(n)]
    return tuple(_tee_gen(it, None, q, queues) for q in queues)


def _zip_longest(its, fillvalue):
    n = len(its)
    active = n
    while True:
        vals = []
        for i in range(n):
            it = its[i]
            if it is None:
                vals.append(fillvalue)
                continue
            try:
                vals.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                vals.append(fillvalue)
        yield tuple(vals)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, r)


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    return _pairwise(iter(iterable))
