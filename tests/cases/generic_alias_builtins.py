# Subscripting builtin classes gives types.GenericAlias (PEP 585).
import types
aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], set[frozenset[int]],
           type[int], list[list[str]], dict[str, list[int]], frozenset[str], tuple[int, str]]
for a in aliases:
    print(repr(a), type(a).__name__, a.__origin__.__name__, a.__args__)
a = list[int]
print(isinstance(a, types.GenericAlias), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a(), a([1, 2]), a('ab'))
print(dict[str, int](a=1))
print(a.__parameters__)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError', e)
print(list[int] | None)
print(int | str, type(int | str).__name__)
print((int | str).__args__)
print(isinstance(3, int | str), isinstance('x', int | str), isinstance(3.0, int | str))
print(issubclass(bool, int | str))
print(int | None == None | int)
print(types.GenericAlias(list, (int,)))
print(list[int].__class__.__name__)
def f(x: list[int], y: dict[str, 'X'] = None) -> tuple[int, ...]: pass
print(f.__annotations__)
