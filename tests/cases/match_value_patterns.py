import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED: return 'red'
        case Color.GREEN: return 'green'
        case Consts.LIMIT: return 'limit'
        case _: return 'other'
print(m(Color.RED), m(Color.GREEN), m(10), m(1))
