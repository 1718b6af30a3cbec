handled = (ValueError, TypeError)
for thing in [int, len]:
    try:
        thing('x') if thing is int else thing(5)
    except handled as e:
        print('handled', type(e).__name__)
try:
    try:
        raise KeyError
    except ():
        print('never')
except KeyError:
    print('empty tuple catches nothing')
