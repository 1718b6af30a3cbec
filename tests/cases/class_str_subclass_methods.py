class Tag(str):
    def wrap(self): return f'<{self}>'
t = Tag('b')
print(t.wrap(), t.upper(), type(t.upper()).__name__, t + 'x', type(t + 'x').__name__, isinstance(t, str))
print(Tag('a') < Tag('b'), sorted([Tag('z'), Tag('a')]), {Tag('k'): 1}['k'])
