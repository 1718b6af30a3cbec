def f():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('caught', e)
    finally:
        print('outer finally')
f()
