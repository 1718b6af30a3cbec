# appending in loops
l = []
for i in range(5):
    l.append(i * i)
print(l)
evens = []
for i in range(20):
    if i % 2 == 0:
        evens.append(i)
print(evens, len(evens))
m = []
m.append(m.__class__.__name__)
m.append([1, 2])
m.append(None)
print(m)
big = []
for i in range(1000):
    big.append(i)
print(len(big), big[-1], sum(big))
a = [1]
b = a
b.append(2)
print(a)
