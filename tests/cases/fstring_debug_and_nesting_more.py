items = ['a', 'b']
n = 3
print(f'{items=}', f'{n * 2 = }', f'{items[0]!r=}' if False else f'{items[0]=!r}', f'{n=:05d}')
print(f'{"-".join(items)}', f'{len(items):>{n}}', f"{'x' * n:^{n * 3}}", f'{n:{n}}')
print(f'{{}}', f'{{{n}}}', f'{n!s:>4}', f'{n:#x}', f'{3.0=}', f'{n + 1=:>6}')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']}", f'{d=}')
name = 'World'
msg = f'Hello, {name}! ' f'{len(name)} letters' ' plain'
print(msg)
print(f'{"nested {braces}"}', f'{n:{"0"}{">"}{5}}')
print(f"{'a' if n > 2 else 'b'}", f'{(lambda: "lam")()}', f'{[i * 2 for i in range(n)]}')
x = 1.23456
print(f'{x:.{n}f}', f'{x:{n + 5}.{n - 1}}', f'{x!r:>12}')
print(f'{n=}, {x=:.2f}, {name=!s:>8}')
