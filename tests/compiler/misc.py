import os
import os.path as osp
from . import sibling
from ..pkg.mod import a as b, c
from m import *
x: int = 1
y: 'str'
name = f'{x!r:>{y}} and {x}'
print(f'{x}', f'plain', f'')
s = {1, 2, *x}
d = {'a': 1, **d, 'b': 2}
t = (*x, 1)
print(a[1:2], a[::2], a[1:2, 3])
class K(B, *bases, metaclass=M, **kw):
    'doc'
    z: int
