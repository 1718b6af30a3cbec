x, y, s, f = 42, -3.14159, 'text', 1234567.891
print(f'{x:>8}|{x:<8}|{x:^8}|{x:*^9}|{x:+}|{x: }|{-x: }')
print(f'{x:08b}|{x:#x}|{x:#o}|{x:X}|{255:#X}|{x:c}|{x:,}|{10**7:_}|{x:e}')
print(f'{y:.2f}|{y:10.3f}|{y:<10.1e}|{y:+.0f}|{y:%}|{0.5:.0%}|{y:g}|{1e20:g}|{1e-5:G}')
print(f'{f:,.2f}|{f:_.1f}|{f:015,.2f}|{-f:=+15.1f}|{f:.3}|{f:.3g}|{f:n}')
print(f'{s!r}|{s!s}|{s!a}|{"é"!a}|{s:>10}|{s:.2}|{s:^10.3}|{s!r:>10}')
print(f'{x=}|{y = :.1f}|{s=!s}|{x + 1 = }|{ x = }')
print(f'{{literal}}|{{{x}}}|{"{"}|{"}"}')
width, prec = 12, 3
print(f'{y:{width}.{prec}f}|{s:{"^"}{width}}|{x:{"#"}{"x"}}')
print(f'{"nested " + f"{x}"}|{f"{f"{1}"}"}' if False else f'{"nested " + f"{x}"}')
print(f'''{
    x
    + 1
}''')
print(f'{[1, 2][0]}|{ {"a": 1}["a"] }|{(lambda q: q * 2)(3)}|{x if x > 0 else -x}')
print(f'{3.0:.0f}|{2.5:.0f}|{0.125:.2f}|{1/3:.20f}')
print(f'{True}|{True:d}|{None!r}|{b"ab"}|{[1, "a"]}|{(1,)}')
import datetime
d = datetime.date(2024, 1, 5)
print(f'{d:%Y/%m/%d}|{d}|{d!r}')
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
print(f'{Fmt()}|{Fmt():abc}|{Fmt():{width}}|{Fmt()!s:>5}'[:40] if False else f'{Fmt()}|{Fmt():abc}|{Fmt():{width}}')
for bad in ['{x:d}'.replace('x', '1.5'), "{'a':d}", '{1:.2s}', '{x!z}', '{}', '{x:=^}', '{1:,s}']:
    try:
        print(eval('f' + repr(bad)))
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
print(format(x, ''), format(s), format(1.0), format(1e16), format(123.456, '.5'))
print(f'{"tab":\t>5}' if False else 'skip', f'{x!r:^6}')
print(f'{1_000_000:,}', f'{-0.0:.1f}', f'{float("nan"):f}', f'{float("-inf"):+f}', f'{1e300*1e10:e}')
