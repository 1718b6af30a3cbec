# global statement
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())
def read_only():
    return counter * 10
print(read_only())
def make_new():
    global brand_new
    brand_new = 'created'
make_new()
print(brand_new)
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
