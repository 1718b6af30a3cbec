class Box:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
for b in [Box(), Box(1)]:
    if b: print('nonempty', len(b))
    else: print('empty')
print(Box() or 'fallback', Box(1) and 'second')
print([bool(x) for x in [Box(), Box(0), Box(None, None)]])
