# except E as e binds and then unbinds
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(e.args)
    print(e)
    saved = e
print(repr(saved))
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
e = 'preexisting'
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print('e' in dir())
