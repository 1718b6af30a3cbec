# integer modulo by zero
values = [5, 3, 0]
for v in values:
    print(100 % v)
