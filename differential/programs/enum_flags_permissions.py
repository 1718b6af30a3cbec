"""Permission system with enum.Flag / IntFlag, role inheritance, and checks rendered as a matrix."""
from enum import Flag, IntFlag, Enum, auto, unique

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | DELETE | ADMIN

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

@unique
class Role(Enum):
    GUEST = "guest"
    EDITOR = "editor"
    OWNER = "owner"

    @property
    def perms(self):
        return {Role.GUEST: Perm.READ, Role.EDITOR: Perm.RW, Role.OWNER: Perm.ALL}[self]

    def can(self, p):
        return p in self.perms

print(Perm.READ | Perm.WRITE, Perm.RW, Perm.ALL, Perm.NONE, Perm(3), repr(Perm.RW))
print(Perm.READ in Perm.RW, Perm.DELETE in Perm.RW, bool(Perm.NONE), Perm.ALL & ~Perm.ADMIN, Perm.RW ^ Perm.ALL)
print(list(Perm.RW), [p.name for p in Perm], len(Perm.ALL), Perm.RW.value)
print(Mode.R | Mode.W, Mode(7), Mode(5) & Mode.X, int(Mode.R | Mode.X), oct(Mode.R | Mode.W | Mode.X), Mode.R + 1)
print(f"{Mode(6)!r}", str(Mode(6)), Mode(0), format(Mode.R), Mode(6) == 6)

def mode_string(m):
    return "".join(ch if m & bit else "-" for ch, bit in (("r", Mode.R), ("w", Mode.W), ("x", Mode.X)))

print([mode_string(Mode(i)) for i in range(8)])
resources = {"doc.txt": Role.EDITOR, "secret.key": Role.GUEST, "site/": Role.OWNER}
actions = [Perm.READ, Perm.WRITE, Perm.DELETE, Perm.ADMIN]
print(f"{'resource':<12}" + "".join(f"{a.name:>8}" for a in actions))
for res, role in resources.items():
    print(f"{res:<12}" + "".join(f"{'yes' if role.can(a) else '-':>8}" for a in actions))
print(Role("editor"), Role.OWNER.value, Role["GUEST"], [r.name for r in Role], Role.EDITOR.perms)
try:
    Role("root")
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Color(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(Color.CRIMSON is Color.RED, list(Color), Color.__members__.keys() == {"RED", "CRIMSON", "BLUE"}, Color(1).name)
print(sorted(Color.__members__), hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r"}[Color.CRIMSON])
