from decimal import Decimal as D
vals = ['0', '-0', '1234567.891', '0.5', '-0.005', '1.5e10', '123.456', '-5', '1E+3', '0.00001234', '2.675', 'Inf', '-NaN', '100']
specs = ['', '.2f', ',.2f', '.0f', '.3e', '.3E', '.4g', 'g', 'e', 'f', '%', '.1%', '>12.1f', '<10', '^12', '+.2f', ' .1f', '012.3f', '010,.1f', 'z.1f', '0=12', '*=12', '+012', '*^15,.3f', '=+10.2f', '.0e', 'G', 'n', '.10g', '.1g']
for v in vals:
    d = D(v)
    print(v, [format(d, s) for s in specs])
print(f"{D('19.99') * 3:.2f} {D('1234.5'):>10,} {D('0.075'):.1%}")
for bad in ['x', '.f', '10.2q']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['_.2f', '#.0f', '<012']:
    try:
        format(D(1), bad)
    except ValueError as e:
        print('ValueError', e)
