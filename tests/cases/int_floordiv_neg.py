# floor division rounds toward negative infinity
print(7 // 2)
print(-7 // 2)
print(7 // -2)
print(-7 // -2)
print(6 // 3)
print(-6 // 3)
print(0 // 5)
print(0 // -5)
print(1 // 10)
print(-1 // 10)
print(1000000007 // -3)
for a in (-9, -1, 0, 1, 9):
    for b in (-4, -1, 1, 4):
        print(a, b, a // b)
