def g():
    x = yield 1
    print('got', x)
it = g()
try: it.send(5)
except TypeError as e: print(type(e).__name__, e)
print(it.send(None))
try: it.send('hello')
except StopIteration: print('stopped')
