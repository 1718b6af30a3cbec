class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1
    def __setattr__(self, k, v):
        if k != 'changes':
            self.changes.append(k)
        object.__setattr__(self, k, v)
t = Tracked(); t.y = 2; t.x = 3
print(t.changes, t.x, t.y)
