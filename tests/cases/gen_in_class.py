# generators as methods
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def __iter__(self):
        return self.walk()
    def depth_first_leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.depth_first_leaves()
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t.walk()))
print(list(t), sum(t))
print(list(t.depth_first_leaves()))
print(max(t), 6 in t, 7 in t)
