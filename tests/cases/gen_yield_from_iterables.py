def flat(xs):
    for x in xs:
        if isinstance(x, list): yield from flat(x)
        else: yield x
print(list(flat([1, [2, [3, [4]], 5], []])))
def chain(*its):
    for it in its: yield from it
print(list(chain('ab', range(2), {'k': 1}, (9,))))
