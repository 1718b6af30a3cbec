def g(): yield 1
it = g(); list(it)
try: it.throw(ValueError('late'))
except ValueError as e: print('raised directly', e)
it2 = g()
try: it2.throw(KeyError('early'))
except KeyError as e: print('unstarted raises', e)
print(next(it2, 'exhausted'))
