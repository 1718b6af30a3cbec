for src in ['f"{}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{x:{y:{z}}}"']:
    try:
        compile(src, '<f>', 'eval')
        print('compiled', src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    f'{1:abc}'
except ValueError as e:
    print(type(e).__name__, e)
