# triple-quoted strings
s = """first
second
  third"""
print(s)
print(len(s.splitlines()))
t = '''single 'quoted' "double" inside'''
print(t)
u = """
leading newline"""
print(repr(u))
v = """trailing backslash \
joins"""
print(v)
def f():
    """Docstring here."""
    return 1
print(f.__doc__)
print(f())
