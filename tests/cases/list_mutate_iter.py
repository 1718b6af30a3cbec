# mutating a list while iterating over a copy
l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
m = [1, 2, 3]
for x in m:
    if len(m) < 6:
        m.append(x * 10)
print(m)
n = [5, 4, 3]
i = 0
while i < len(n):
    n[i] = n[i] * 2
    i += 1
print(n)
