def inner():
    while True:
        x = yield
        if x == 'stop': return 'bye'
        print('inner got', x)
def outer():
    r = yield from inner()
    yield r
g = outer(); next(g)
g.send('a'); g.send('b')
print(g.send('stop'))
