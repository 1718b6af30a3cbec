with a() as x, b() as (y, z):
    print(x)
with c:
    pass
def g():
    with d:
        return 1
