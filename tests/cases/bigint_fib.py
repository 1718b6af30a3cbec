# fibonacci grows past 64 bits
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
    if i % 25 == 0:
        print(i, a)
print(a)
print(a % 10 ** 9)
print(str(a)[:10])
print(int(str(a)) == a)
