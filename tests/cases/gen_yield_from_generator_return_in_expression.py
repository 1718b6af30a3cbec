def sub(n):
    for i in range(n): yield i
    return n * 10
def main():
    total = 0
    for n in (1, 2):
        total += yield from sub(n)
    yield total
print(list(main()))
