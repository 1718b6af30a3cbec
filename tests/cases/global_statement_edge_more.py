def setter():
    global NEW_GLOBAL, OTHER
    NEW_GLOBAL = 1
    OTHER = [NEW_GLOBAL + 1]
setter()
print(NEW_GLOBAL, OTHER)
def reader():
    return NEW_GLOBAL + 10
print(reader())
def deleter():
    global NEW_GLOBAL
    del NEW_GLOBAL
deleter()
print('NEW_GLOBAL' in globals())
try:
    reader()
except NameError as e:
    print(e)
x = 'module'
def nested():
    x = 'local'
    def inner():
        global x
        x = 'set via inner'
    inner()
    return x
print(nested(), x)
def loop_global():
    global counter
    counter = 0
    for _ in range(5):
        counter += 1
loop_global()
print(counter)
