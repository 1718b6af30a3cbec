def check(x):
    if x == 3: raise ValueError(f'bad {x}')
    return x
try:
    print([check(x) for x in range(5)])
except ValueError as e:
    print('caught', e)
try:
    print({k: 1 / k for k in [2, 1, 0]})
except ZeroDivisionError as e:
    print('caught', e)
