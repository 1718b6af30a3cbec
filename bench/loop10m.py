i = 0
acc = 0
while i < 10000000:
    acc = acc + i
    i = i + 1
print(acc)
