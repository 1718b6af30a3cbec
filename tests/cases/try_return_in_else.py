def f(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        return 'div0'
    else:
        return v
    finally:
        print('cleanup', x)
print(f(2), f(0))
