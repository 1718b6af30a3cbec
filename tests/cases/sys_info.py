import sys
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0], len(sys.version_info), tuple(sys.version_info)[:2], isinstance(sys.version_info, tuple))
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(sys.hexversion >= 0x030b0000, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.argv).__name__, sys.byteorder, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.platform in ("linux", "darwin", "win32"))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("10", 1.5):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sys.intern("abc") == "abc")
