def inner():
    try:
        yield 1
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
def outer():
    yield from inner()
g = outer(); next(g)
print(g.throw(ValueError('x')))
