try:
    a = 1
except ValueError as e:
    print(e)
except (KeyError, IndexError):
    pass
except:
    raise
else:
    print('else')
finally:
    print('finally')
try:
    raise ValueError('x') from None
finally:
    pass
assert a, 'msg'
assert a
