from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.0') <= Version('1.0'), Version('2.0') > Version('1.9'), Version('1.0') >= Version('1.1'), Version('1') != Version('1'))
print(sorted(vs, reverse=True), sorted(vs, key=lambda v: v.parts[-1]))
