def subject():
    print('evaluated')
    return (1, 2)
match subject():
    case (1, 3): print('no')
    case (1, x): print('yes', x)
match 1, 2:
    case (a, b): print(a + b)
