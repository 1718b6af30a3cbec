# ValueError messages
def show(f):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
show(lambda: int('x'))
show(lambda: int('3.5'))
show(lambda: int(''))
show(lambda: int('12', 2))
show(lambda: float('1.2.3'))
show(lambda: [1, 2].index(3))
show(lambda: [].remove(1))
show(lambda: 'abc'.index('z'))
show(lambda: range(1, 2, 0))
def unpack():
    a, b = [1, 2, 3]
show(unpack)
def unpack2():
    a, b, c = 'ab'
show(unpack2)
show(lambda: chr(-1))
