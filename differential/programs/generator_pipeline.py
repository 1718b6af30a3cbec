"""Lazy data pipelines built from generators, yield from, send and itertools."""
import itertools
from itertools import islice, chain, groupby, accumulate, count, cycle, tee, zip_longest, takewhile, dropwhile

RECORDS = """id,team,score
1,red,10
2,blue,7
3,red,3
4,green,12
5,blue,9
6,red,8
7,green,1
8,blue,4""".splitlines()

def read(lines):
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))

def convert(rows):
    for r in rows:
        r["id"] = int(r["id"])
        r["score"] = int(r["score"])
        yield r

def where(rows, pred):
    return (r for r in rows if pred(r))

def batched(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk

pipeline = where(convert(read(iter(RECORDS))), lambda r: r["score"] >= 4)
for batch in batched(pipeline, 3):
    print([(r["id"], r["score"]) for r in batch])

rows = list(convert(read(iter(RECORDS))))
rows.sort(key=lambda r: r["team"])
for team, grp in groupby(rows, key=lambda r: r["team"]):
    scores = [r["score"] for r in grp]
    print(f"{team:>5}: {scores} total={sum(scores)}")

def running_average():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        n += 1
        avg = total / n

ra = running_average()
next(ra)
print([ra.send(x) for x in [10, 20, 60, 10]])
try:
    ra.send(None)
except StopIteration as stop:
    print("final total:", stop.value)

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj

print(list(flatten([1, [2, (3, [4, 5]), []], [[6]], 7])))

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    yield "a"
    yield "b"
    return 42

print(list(delegator()))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(chain.from_iterable(["xy", "z"])))
a, b = tee(iter(range(5)))
print(list(a), list(b), list(zip_longest("abc", [1], fillvalue="-")))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.repeat("x", 3)))
gen = (x * x for x in range(3))
print(next(gen), list(gen), next(gen, "done"))
def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = closing_gen()
print(next(g))
g.close()
print(sum(x for x in range(1_000_000) if x % 7 == 0))
