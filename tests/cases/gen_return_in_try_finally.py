def g():
    try:
        yield 1
        return 'ret'
    finally:
        print('cleanup')
it = g()
print(next(it))
try: next(it)
except StopIteration as e: print('value', e.value)
