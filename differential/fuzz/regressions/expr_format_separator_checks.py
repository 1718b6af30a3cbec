for v, spec in [(1, ',c'), ('a', '+,'), ('a', '#,'), ('a', ' ,'), (1.5, ',_'), (1, '_n'), (1, ',n'), (1, '_x'), (1, ',x'), (2.5, ',b'),
                (1, ',,'), (1, '.0c'), (2**100, '.1c'), (65, '+c'), (-1, 'c'), ('s', ',X'), (10**6, '_'), (10**6, ','), (1.5, ',%')]:
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print('!', type(e).__name__, e)
print('{0}|{1!r}|{0:,x}'.format('abc', ''))
