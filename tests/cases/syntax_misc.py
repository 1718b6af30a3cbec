# pass, semicolons, line continuation, comments
def nothing():
    pass
class Nothing:
    pass
print(nothing(), Nothing.__name__)
a = 1; b = 2; print(a + b)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # comment inside list
    3,
]
print(items)
result = (1 +
          2)
print(result)
if True: pass
for _ in range(2): print('loop body')
x = {'a': 1,
     'b': 2}
print(x)
print(...)
