data = [3, -1, 4, -1, 5, -9]
print(sum(x for x in data if x > 0), min(abs(x) for x in data), max((x for x in data), key=abs))
print(any(x > 4 for x in data), all(x != 0 for x in data), sorted((x * x for x in data), reverse=True)[:3])
print(tuple(x for x in 'hello' if x in 'lo'), set(x % 3 for x in data) == {0, 1, 2})
