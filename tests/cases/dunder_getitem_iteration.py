class Old:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return chr(97 + i)
print(list(Old()), ''.join(Old()))
for ch in Old(): print(ch, end=' ')
print()
a, b, c = Old()
print(a, b, c, sorted(Old(), reverse=True))
