def g():
    print((yield 1) or 'none')
    lst = [(yield 2), (yield 3)]
    print(lst)
    d = {'k': (yield 4)}
    print(d)
it = g()
print(next(it))
for v in ['a', 'b', 'c', 'd']:
    try: print(it.send(v))
    except StopIteration: print('done')
