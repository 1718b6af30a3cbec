import random
for s in (0, 1, 42, 12345, 2**40 + 7, -5, 2**100):
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(8), random.getrandbits(70))
random.seed("hello")
print(random.random())
r = random.Random(7)
print(r.random(), r.randint(0, 10**30))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())
