# TypeError messages for bad operand types
def show(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] + (2,))
show(lambda: 'a' - 'b')
show(lambda: 1.5 * 'x')
show(lambda: None + 1)
show(lambda: [] * [])
show(lambda: 1 < 'a')
show(lambda: {} < {})
show(lambda: -'a')
show(lambda: ~1.5)
show(lambda: len(5))
five = 5
show(lambda: five())
nothing = None
show(lambda: nothing[0])
show(lambda: 'x' * 2.0)
show(lambda: [1] + 'a')
show(lambda: 1 // 'a')
show(lambda: '%d' % 'x')
