# nested try statements
try:
    try:
        raise KeyError('k')
    except ValueError:
        print('wrong handler')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('inner caught')
    print('after inner')
except Exception:
    print('not reached')
def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError as e:
        return 'level1 got ' + str(e)
print(level1())
