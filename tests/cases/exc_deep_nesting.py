def level(n):
    if n == 0: raise ValueError('bottom')
    try:
        level(n - 1)
    finally:
        print('unwind', n)
try:
    level(3)
except ValueError as e:
    print('got', e)
