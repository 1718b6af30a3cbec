# assorted runtime error messages
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: [x for x in 5])
show(lambda: iter(None))
show(lambda: {[]: 1})
show(lambda: set([[1]]))
show(lambda: hash([]))
show(lambda: 'abc' + None)
show(lambda: 10.0 ** 400)
show(lambda: float(10 ** 400))
show(lambda: chr(0x110000))
show(lambda: ord('ab'))
show(lambda: 'a'.join('bc', 'd'))
show(lambda: next(iter([])))
show(lambda: list(1, 2))
show(lambda: {}.pop())
show(lambda: [].remove(0))
show(lambda: int('5', 1))
