# comparisons involving None
x = None
print(x == None, x != None)
print(None == None, None is None)
print(None == 0, None == '', None == [])
print([None] == [None])
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([None, 1])
except TypeError as e:
    print('TypeError:', e)
vals = [0, None, '', 'x', None]
print([v for v in vals if v is not None])
print([v for v in vals if v])
print(vals.count(None), vals.index(None))
print(None in vals, max([1, 2], default=None), max([], default=None))
