class Holder:
    def __init__(self): self.items = [1]
h = Holder()
alias = h.items
h.items += [2, 3]
print(h.items, alias, alias is h.items)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
