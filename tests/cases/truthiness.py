# truth values of basic types
values = [0, 1, -1, 0.0, 0.5, -0.0, '', 'a', ' ', [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1),
          float('nan'), 2 ** 100]
for v in values:
    print(repr(v), bool(v))
print(bool(), bool([[]]))
class Empty:
    pass
print(bool(Empty()))
if 'nonempty':
    print('str truthy')
if not []:
    print('empty list falsy')
