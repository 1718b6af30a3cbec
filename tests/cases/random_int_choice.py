import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(1000)))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(100), 10), random.sample(['a', 'b', 'c', 'd'], 2))
print(random.sample(range(1000), 30))
print(random.sample(['x', 'y'], k=4, counts=[3, 2]))
print(random.choices('abc', k=5))
print(random.choices([1, 2, 3], weights=[1, 5, 10], k=6))
print(random.choices('xy', cum_weights=[1, 3], k=4))
for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
