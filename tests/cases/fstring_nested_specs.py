width, prec = 10, 3
v = 3.14159
print(f'[{v:{width}.{prec}f}]', f'[{v:<{width}}]', f'[{"x":^{width}}]')
fill = '*'
print(f'[{42:{fill}>8}]', f'[{"mid":{fill}^{width - 2}}]')
spec = '+.2e'
print(f'{v:{spec}}', f'{12345:{","}}')
