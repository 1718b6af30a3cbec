e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, type(e.args).__name__)
e.args = 'ab'
print(e.args)
try:
    e.args = 5
except TypeError as x:
    print('TypeError', x)
try:
    e.__cause__ = 5
except TypeError as x:
    print('TypeError', x)
try:
    e.__context__ = 'x'
except TypeError as x:
    print('TypeError', x)
try:
    e.__traceback__ = 1
except TypeError as x:
    print('TypeError', x)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = TypeError('t')
print(repr(e.__context__))
e.custom = 1
print(e.custom, e.__dict__)
try:
    del e.args
except TypeError as x:
    print('TypeError', x)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    e.with_traceback(5)
except TypeError as x:
    print('TypeError', x)
k = KeyError('a', 'b')
print(str(k), repr(k), k.args)
print(str(KeyError('a')), str(KeyError()), str(KeyError(1)))
o = OSError(2, 'No such file', 'f.txt')
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__)
print(type(OSError(2, 'x')).__name__, OSError(2, 'x').args)
print(FileNotFoundError is type(OSError(2, 'x')) , EnvironmentError is OSError, IOError is OSError)
s = SyntaxError('msg', ('f.py', 3, 5, 'text', 3, 9))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
print(str(s))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(u), u.start, u.end, u.reason, u.object)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(StopIteration(7).value, StopAsyncIteration(1).args)
print(ImportError('x', name='m', path='p').name, ImportError('x').path)
try:
    ImportError('x', bogus=1)
except TypeError as x:
    print('TypeError', x)
print(AttributeError('a', name='n', obj=3).name, NameError('z', name='q').name)
