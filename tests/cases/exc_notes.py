e = ValueError('base')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise e
except ValueError as v:
    print(v.__notes__[-1])
