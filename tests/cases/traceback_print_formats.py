# Full traceback text, printed to stdout through the traceback module.
import traceback, sys, re
def show():
    # file names differ between runners (absolute path vs. name): keep the base name
    print(re.sub(r'File "(?:[^"]*/)?([^"/]+)"', r'File "\1"', traceback.format_exc()), end='')
def a(x):
    return b(x) + 1
def b(x):
    return {'k': 1}[x]
try:
    a('missing')
except KeyError:
    show()
def c():
    items = [1, 2]
    return items[5]
try:
    c()
except IndexError:
    show()
def d(o):
    return o.attr.other
class O: attr = None
try:
    d(O())
except AttributeError:
    show()
try:
    x = 1 + 'a'
except TypeError:
    show()
try:
    try:
        int('q')
    except ValueError as e:
        raise RuntimeError('converted') from e
except RuntimeError:
    show()
