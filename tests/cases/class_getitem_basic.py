class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
class Sub(Box): pass
print(Sub[str])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
