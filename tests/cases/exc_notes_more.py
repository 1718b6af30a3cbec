e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print('TypeError', x)
e.__notes__ = 'not a list'
try:
    e.add_note('more')
except TypeError as x:
    print('TypeError', x)
del e.__notes__
e.add_note('fresh')
print(e.__notes__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note('added in handler')
        raise
except KeyError as k2:
    print(k2.__notes__, repr(k2))
g = ExceptionGroup('grp', [ValueError(1)])
g.add_note('group note')
print(g.__notes__, g.exceptions[0].__dict__ if hasattr(g.exceptions[0], '__dict__') else None)
class Custom(Exception):
    def __str__(self): return 'custom-str'
c = Custom()
c.add_note('n')
import traceback
print(traceback.format_exception_only(Custom, c))
