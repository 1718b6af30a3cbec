if (n := len('hello')) > 3:
    print('long', n)
while (chunk := [1, 2, 3][:n]) and n > 1:
    n -= 1
print(chunk, n)
def f():
    if (y := 10): pass
    return y
print(f())
print((z := 5) + z)
