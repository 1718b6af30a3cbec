s = 'héllo\n'
print(f'{s!r}', f'{s!a}', f'{s!s}', f'{3!r}')
class C:
    def __repr__(self): return 'C-repr'
    def __str__(self): return 'C-str'
print(f'{C()}', f'{C()!r}', f'{C()!s:>8}', f'{C()!r:*<10}')
