import sys
for arg in [None, 0, 3, 'msg']:
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
