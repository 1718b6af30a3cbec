# try / except / else
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print('zero')
    else:
        print('ok', r)
    finally:
        print('finally', v)
attempt(2)
attempt(0)
try:
    pass
except ValueError:
    print('no')
else:
    print('else runs when no exception')
try:
    try:
        pass
    except ValueError:
        pass
    else:
        raise KeyError('from else')
except KeyError as e:
    print('outer caught', repr(e))
