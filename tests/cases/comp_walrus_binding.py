data = [1, 5, 3, 8, 2]
found = [y for x in data if (y := x * 2) > 5]
print(found, y)
total = 0
running = [(total := total + x) for x in data]
print(running, total)
def f():
    [last := v for v in 'abc']
    return last
print(f())
