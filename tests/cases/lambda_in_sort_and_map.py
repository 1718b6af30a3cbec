people = [('ann', 30), ('bob', 25), ('cat', 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 26, people)))
print(max(people, key=lambda p: p[1]))
