# try / except basics
try:
    print('in try')
    x = 1 / 0
    print('not reached')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    [][0]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__)
try:
    int('x')
except Exception as e:
    print('generic', type(e).__name__)
try:
    pass
except Exception:
    print('not printed')
print('after')
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return 'handled'
print(f())
