# __iter__ / __next__ protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for v in Countdown(3):
    print(v)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
print(sorted(Countdown(4)), max(Range2(6)))
