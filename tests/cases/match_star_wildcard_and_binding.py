def m(v):
    match v:
        case [*_, 'last']: return 'ends with last'
        case ['first', *_]: return 'starts with first'
        case [*middle]: return f'generic {middle}'
print(m(['a', 'last']), m(['first', 'x']), m(['q']), m(('t', 'last')))
