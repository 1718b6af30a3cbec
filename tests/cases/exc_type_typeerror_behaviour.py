cls = TypeError
args = ('wrong type', int)
e = cls(*args)
print(type(e).__name__, e.args, str(e), repr(e))
print([c.__name__ for c in cls.__mro__])
try:
    raise e
except Exception as caught:
    print('caught same object:', caught is e, type(caught.__traceback__).__name__)
try:
    try:
        raise cls(*args)
    except cls as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as outer:
    print(type(outer.__cause__).__name__, outer.__cause__.args, outer.__suppress_context__)
class Sub(cls):
    def __str__(self):
        return 'Sub:' + super().__str__()
s = Sub(*args)
print(str(s), repr(s), isinstance(s, cls), Sub.__mro__[1] is cls)
e2 = cls(*args)
e2.add_note('a note')
e2.extra = 1
print(e2.__notes__, e2.extra, sorted(vars(e2)))
print(cls(*args) == cls(*args), hash(e) == hash(e))
