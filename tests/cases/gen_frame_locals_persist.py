def counter():
    count = 0
    while True:
        count += 1
        cmd = yield count
        if cmd == 'reset': count = 0
c = counter()
print(next(c), next(c), c.send('reset'), next(c))
