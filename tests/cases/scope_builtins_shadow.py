def f():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(f(), len([1, 2]))
print(__builtins__['len'] is len if isinstance(__builtins__, dict) else __builtins__.len is len)
list = 'oops'
del list
print(list((1, 2)))
