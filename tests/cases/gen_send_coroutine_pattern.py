def grep(pattern):
    print('looking for', pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print('found', matches)
g = grep('py')
next(g)
for line in ['python', 'java', 'pypy', 'c']:
    g.send(line)
g.close()
def coroutine(fn):
    def start(*a):
        c = fn(*a)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
p = printer('>>')
p.send(1); p.send('two')
p.close()
