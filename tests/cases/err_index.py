# IndexError messages
def show(f):
    try:
        f()
    except IndexError as e:
        print('IndexError:', e)
show(lambda: [1, 2][2])
show(lambda: [][0])
show(lambda: (1,)[5])
show(lambda: 'abc'[3])
show(lambda: range(3)[3])
show(lambda: [].pop())
show(lambda: [1].pop(5))
def setitem():
    l = [1]
    l[1] = 2
show(setitem)
def delitem():
    l = []
    del l[0]
show(delitem)
