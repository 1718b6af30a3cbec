# float floor division and modulo with signs
for a in (7.5, -7.5, 0.0, 1e10):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b)
print(5.0 % float('inf'), -5.0 % float('inf'))
print(-0.0 % 1.0, 0.0 % -1.0)
