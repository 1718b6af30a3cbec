def g(): yield 1
it = g()
print(list(it), list(it))
print(next(it, 'empty'))
try: next(it)
except StopIteration as e: print('StopIteration', e.args)
