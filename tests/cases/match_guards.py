def grade(score):
    match score:
        case int(n) if n >= 90: return 'A'
        case int(n) if n >= 80: return 'B'
        case int(n) if n < 0: return 'invalid'
        case int(): return 'C'
        case _: return 'not a score'
print([grade(s) for s in [95, 85, 50, -1, '90']])
x = 5
match 10:
    case y if (x := y + 1) > 100: pass
    case _: print('guard side effect', x)
