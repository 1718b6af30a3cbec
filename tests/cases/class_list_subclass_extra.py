class Tracker(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, x):
        self.log.append(x)
        super().append(x)
t = Tracker([1])
t.append(2); t.extend([3]); t += [4]
print(t, t.log, len(t), t[1:], type(t[1:]).__name__)
print(Tracker.__mro__[1].__name__, isinstance(t, list))
