# globals modified inside loops and nested calls
total = 0
log = []
def add(v):
    global total
    total += v
    log.append(v)
for i in range(5):
    add(i)
print(total, log)
def reset():
    global total, log
    total = 0
    log = []
reset()
print(total, log)
def outer():
    def inner():
        global total
        total = 'set by inner'
    inner()
outer()
print(total)
