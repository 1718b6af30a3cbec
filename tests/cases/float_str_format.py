# formatting floats
x = 1234.5678
print(f'{x:.0f} {x:.1f} {x:.3f}')
print(f'{x:10.2f}|{x:<10.2f}|{x:^10.2f}|')
print(f'{x:e} {x:.2E}')
print(f'{x:g} {0.00001234:g} {1e20:g}')
print(f'{x:,.2f}')
print(f'{-x:+.1f} {x:+.1f}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f}')
print(format(1.0, ''), format(1e16, ''), format(0.1, '.17f'))
print('%.2f %5.1f %e' % (3.14159, 2.5, 1000.0))
print(str(1.0e-4), str(1.0e-5))
print(f'{float("inf"):.2f} {float("nan"):f}')
print(f'{0.0:.3f} {-0.0:.1f}')
