def f():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            raise ValueError
        except ValueError:
            continue
        finally:
            print('g', i)
g()
