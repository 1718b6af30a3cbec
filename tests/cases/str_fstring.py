# f-strings with simple format specs
name = 'pyex'
n = 42
x = 3.14159
print(f'hello {name}')
print(f'{n} {n + 1} {n * 2}')
print(f'{x:.2f}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:>5}')
print(f'{n:05d}')
print(f'{name!r}')
print(f'{name:>8}|{name:<8}|{name:^8}|')
print(f'{name:*^9}')
print(f'{1000000:,}')
print(f'{255:x} {255:X} {255:o} {255:b} {255:#x}')
print(f'{0.5:%}', f'{0.25:.1%}')
print(f'{1e6:e}', f'{12345.678:.2e}')
print(f'{{literal}} {n}')
print(f'{"quoted"}')
print(f'{[1, 2][0]} {dict(a=1)["a"]}')
print(f'{x!s:.4} {-7:+d} {7:+d}')
print(f'{n=}')
w = 6
print(f'{x:{w}.1f}|')
