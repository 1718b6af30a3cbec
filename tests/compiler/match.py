def f(cmd):
    match cmd:
        case 0 | 1 as small:
            return small
        case None:
            return 'none'
        case [x, y, *rest] if x > y:
            return x, y, rest
        case [_, *_]:
            return 'seq'
        case (a, b) | [b, a, _]:
            return a, b
        case {'k': v, 'j': [1, w], **kw}:
            return v, w, kw
        case Point(1, y=yy) | Point(2, y=yy):
            return yy
        case str() as s:
            return s
        case _:
            return 'other'
