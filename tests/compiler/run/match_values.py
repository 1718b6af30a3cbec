def f(c):
    match c:
        case 0 | 1 as small:
            return ('small', small)
        case None:
            return 'none'
        case 'a' if c:
            return 'A'
        case x if x == 5:
            return 'five'
        case _:
            return 'other'
for v in [0, 1, None, 'a', 5, 7]:
    print(f(v))
match 3:
    case y:
        print('captured', y)
