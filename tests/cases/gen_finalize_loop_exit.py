# A generator iterated directly by a for loop is closed when the loop drops it early
# (CPython's reference counting finalizes it at once): its finally/with blocks run right there.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print(f'  {tag}: cleanup')

for x in numbers('break'):
    if x == 2:
        break
print('after break loop')

def find_first_even():
    for x in numbers('return'):
        if x % 2 == 0 and x:
            return x
print('returned', find_first_even())

try:
    for x in numbers('exception'):
        if x == 1:
            raise ValueError('stop')
except ValueError as e:
    print('handled', e)

for x in numbers('exhausted'):
    pass
print('exhausted loop done')

class Res:
    def __enter__(self): print('  open'); return self
    def __exit__(self, *a): print('  close', a[0].__name__ if a[0] else None)
def lines():
    with Res():
        yield 'a'
        yield 'b'
for line in lines():
    print('line', line)
    break
print('after with-generator loop')

def nested():
    for a in numbers('outer'):
        for b in numbers('inner'):
            if b == 1:
                break
        if a == 1:
            break
nested()

g = numbers('kept in a variable')
for x in g:
    if x == 1:
        break
print('a named generator stays open:', next(g))
g.close()

def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  stubborn caught GeneratorExit')
        raise
for v in stubborn():
    break
print('end')
