def squares():
    i = 0
    while True:
        yield i * i
        i += 1
for s in squares():
    if s > 10000: print('first square over 10000:', s); break
total = 0
for i, s in enumerate(squares()):
    if i == 1000: break
    total += s
print(total)
