def f():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
try: f()
except ValueError as e: print('outer', e)
