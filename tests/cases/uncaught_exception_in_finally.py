try:
    print('body')
finally:
    raise OSError('in finally')
