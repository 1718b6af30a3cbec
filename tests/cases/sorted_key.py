# sorted with key and reverse
words = ['banana', 'pie', 'Washington', 'book']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=len, reverse=True))
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
print(sorted(range(-5, 5), key=abs))
print(sorted([3, 1, 2], key=None))
print(sorted('Hello World', key=str.isupper))
