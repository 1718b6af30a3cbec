count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def make_new():
    global newname
    newname = 'created'
make_new()
print(newname)
def reader(): return count * 2
print(reader())
def shadow():
    count = 100
    return count
print(shadow(), count)
