log = []
def d(name):
    log.append('make ' + name)
    def deco(f):
        log.append('apply ' + name)
        return f
    return deco
@d('a')
@d('b')
@d('c')
def f(): pass
print(log)
