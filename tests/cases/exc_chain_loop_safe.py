a = ValueError('a'); b = ValueError('b')
a.__context__ = b
b.__context__ = a
print(a.__context__ is b, b.__context__ is a)
try:
    raise a
except ValueError as e:
    print('ok', e)
