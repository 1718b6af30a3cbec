# exception raised inside an except handler
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('from handler')
except ValueError as e:
    print('caught', e)
    print(type(e.__context__).__name__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        {}['b']
except KeyError as e:
    print('last', e, 'context', e.__context__)
def f():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise IndexError('i')
        except IndexError as inner:
            return repr(inner) + ' ' + repr(inner.__context__)
print(f())
