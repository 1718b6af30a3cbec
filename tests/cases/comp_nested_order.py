print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print([[j for j in range(i)] for i in range(4)])
print([c for word in ['hi', 'yo'] for c in word])
print([x for x in range(20) if x % 2 if x % 3])
