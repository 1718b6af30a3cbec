try:
    (x): undefined_name = 1
except NameError as e:
    print(e)
class C:
    a: int
    (b): int = 2
print(C.__annotations__, C.b)
