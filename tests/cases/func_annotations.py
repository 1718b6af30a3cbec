def f(a: int, b: "str" = "x", *args: float, k: bool = True, **kw: dict) -> list:
    return []
print(f.__annotations__)
def g(x): pass
print(g.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: str = 'hi'
print(C.__annotations__, C.b)
