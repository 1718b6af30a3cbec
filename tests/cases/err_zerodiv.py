# ZeroDivisionError messages from the runtime
def show(f):
    try:
        f()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: 1 / 0.0)
show(lambda: divmod(1, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
x = 0
show(lambda: 5 / x)
