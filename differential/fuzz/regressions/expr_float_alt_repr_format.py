for v, s in [(1e-07, '#'), (1.0, '#'), (1e22, '#'), (0.5, '#'), (123.0, '#g'), (1e-07, '#r'), (1.5, 'r'), (100.0, '#.3'), (float('inf'), '#')]:
    try:
        print(repr(format(v, s)))
    except ValueError as e:
        print('!', type(e).__name__, e)
print(int(format(1e-07, '#')))
