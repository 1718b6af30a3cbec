it = iter([])
print('next')
next(it)
