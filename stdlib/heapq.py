"""Heap queue algorithm (a.k.a. priority queue): min-heaps on plain lists, heap[0] the smallest."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check(x)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup_max(x, i)


# 'heap' is a heap at all indices >= startpos, except possibly for pos; move the item at pos
# up towards startpos until it is no smaller than its parent.
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


# Move the smaller child up until hitting a leaf, then put the item there and sift it down
# (fewer comparisons than stopping early, as in CPython).
def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (stable: ties keep input order)."""
    heads = []
    for order, it in enumerate(map(iter, iterables)):
        for v in it:
            heads.append([v if key is None else key(v), order, v, it])
            break
    while heads:
        best = 0
        bk = heads[0][0]
        for i in range(1, len(heads)):
            k = heads[i][0]
            if (bk < k) if reverse else (k < bk):
                best = i
                bk = k
        h = heads[best]
        yield h[2]
        for v in h[3]:
            h[0] = v if key is None else key(v)
            h[2] = v
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset; equivalent to sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key) if key is not None else min(it, default=sentinel)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset; equivalent to
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key) if key is not None else max(it, default=sentinel)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
