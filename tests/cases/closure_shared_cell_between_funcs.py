def pair():
    v = []
    def add(x): v.append(x)
    def get(): return list(v)
    return add, get
add, get = pair()
add(1); add(2)
print(get())
def rebind():
    x = 1
    def show(): return x
    x = 2
    return show
print(rebind()())
