# nested while loops
i = 1
while i <= 4:
    j = 1
    row = []
    while j <= i:
        row.append(i * j)
        j += 1
    print(row)
    i += 1
n = 100
count = 0
while n > 1:
    m = n
    while m % 2 == 0:
        m //= 2
        count += 1
    n -= 7
print(count)
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
