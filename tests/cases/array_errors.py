from array import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for tc in 'bBhHiIlLqQ':
    size = array(tc).itemsize
    t(lambda: array(tc, [2 ** (8 * size)]))
    t(lambda: array(tc, [-1]))
    t(lambda: array(tc, [-2 ** (8 * size)]))
t(lambda: array('i', [1.5])); t(lambda: array('i', ['a'])); t(lambda: array('d', ['a'])); t(lambda: array('u', [1])); t(lambda: array('u', ['ab']))
t(lambda: array('x')); t(lambda: array('i', 'abc')); t(lambda: array('i', 5))
a = array('i', [1, 2])
t(lambda: a.index(5)); t(lambda: a.remove(5)); t(lambda: array('i').pop()); t(lambda: a.pop(5)); t(lambda: a[5])
t(lambda: a + array('d')); t(lambda: a.tounicode()); t(lambda: array('i', [1, 2, 3]).frombytes(b'\x00'))
t(lambda: a.fromlist(5)); t(lambda: a.extend([1, 'x'])); print(a)
t(lambda: a.extend(array('d'))); t(lambda: a.__setitem__(0, 'x'))
def bad_slice():
    a[0:1] = [1]
t(bad_slice)
t(lambda: a.__setitem__(10, 1))
