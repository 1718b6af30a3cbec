def gen(items):
    for item in items:
        yield item.strip()

for s in gen(["a ", None]):
    print(s)
