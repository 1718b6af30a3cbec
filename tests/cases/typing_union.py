from typing import Optional, Union, get_args, get_origin, List
import typing
x = int | None
print(x, type(x), x.__args__, int | str | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
def f(a: int | None = None, b: list | dict = None) -> str | None: return None
print(f.__annotations__)
print(isinstance(3, int | str), isinstance('a', int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(get_args(int | str), Optional[int | str], Union[int | str, None], int | List[int], List[int] | None)
class A: pass
print(A | None, None | A, A | int)
try:
    None | None
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
from enum import Enum
class C(Enum):
    X = 1
print(C | None)
