# TypeError from int + str
def label(n):
    return n + ' items'
print(label.__name__)
print(label(3))
