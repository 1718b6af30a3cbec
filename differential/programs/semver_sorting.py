"""Semantic version parsing, comparison with functools.total_ordering, range constraints and bumping."""
import re
from functools import total_ordering

SEMVER = re.compile(r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
                    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$")

@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "build")

    def __init__(self, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.major, self.minor, self.patch = int(m["major"]), int(m["minor"]), int(m["patch"])
        self.pre = tuple(m["pre"].split(".")) if m["pre"] else ()
        self.build = m["build"] or ""

    def _pre_key(self):
        if not self.pre:
            return (1,)
        return (0,) + tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)

    def key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + ".".join(self.pre)
        if self.build:
            s += "+" + self.build
        return s

    def __repr__(self):
        return f"Version('{self}')"

    def bump(self, part):
        parts = {"major": (self.major + 1, 0, 0), "minor": (self.major, self.minor + 1, 0),
                 "patch": (self.major, self.minor, self.patch + (0 if self.pre else 1))}
        return Version("{}.{}.{}".format(*parts[part]))

def satisfies(v, constraint):
    for clause in constraint.split(","):
        clause = clause.strip()
        m = re.match(r"(\^|~|>=|<=|>|<|==)?\s*(.+)", clause)
        op, target = m.group(1) or "==", Version(m.group(2))
        if op == "^":
            upper = target.bump("major") if target.major else target.bump("minor")
            ok = target <= v < upper
        elif op == "~":
            ok = target <= v < target.bump("minor")
        else:
            ok = {"==": v == target, ">=": v >= target, "<=": v <= target, ">": v > target, "<": v < target}[op]
        if not ok:
            return False
    return True

raw = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
       "1.0.0-beta.11", "1.0.0-rc.1", "v2.1.3", "0.9.12", "1.10.0", "1.2.0+build.5", "1.2.0", "10.0.0"]
versions = [Version(r) for r in raw]
print([str(v) for v in sorted(versions)])
print(max(versions), min(versions), Version("1.2.0+a") == Version("1.2.0+b"), len(set(versions)))
for c in ["^1.0.0", "~1.2.0", ">=1.0.0, <2.0.0", "^0.9.0", "==1.0.0-rc.1", ">1.0.0-beta"]:
    print(f"{c:<18} {[str(v) for v in sorted(versions) if satisfies(v, c)]}")
v = Version("1.4.7-rc.1")
print(v.bump("patch"), v.bump("minor"), v.bump("major"), Version("1.4.7").bump("patch"))
for bad in ["1.2", "01.2.3", "1.2.3-", "a.b.c"]:
    try:
        Version(bad)
    except ValueError as e:
        print(e)
print(Version("1.0.0") < Version("1.0.1") <= Version("1.0.1") > Version("0.0.1"), Version("2.0.0") >= Version("2.0.0-rc.1"))
try:
    Version("1.0.0") < "1.0.1"
except TypeError as e:
    print("TypeError:", e)
print(sorted(["1.10.0", "1.9.0", "1.2.10", "1.2.9"]), sorted(["1.10.0", "1.9.0", "1.2.10", "1.2.9"], key=lambda s: tuple(map(int, s.split(".")))))
