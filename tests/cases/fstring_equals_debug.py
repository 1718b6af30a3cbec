x, name = 42, 'bob'
print(f'{x=}', f'{name=}', f'{x = }', f'{x*2=}', f'{name!s=}', f'{x=:>6}', f'{name=!r:^9}')
items = [1, 2]
print(f'{len(items)=}', f'{items[0]=}')
