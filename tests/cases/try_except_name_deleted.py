try:
    raise ValueError('x')
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = 'kept?'
try:
    raise KeyError
except KeyError as err:
    pass
print('err' in dir())
