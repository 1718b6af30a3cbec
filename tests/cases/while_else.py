# while ... else
i = 0
while i < 3:
    i += 1
else:
    print('else ran', i)
i = 0
while i < 10:
    if i == 4:
        print('break at', i)
        break
    i += 1
else:
    print('not printed')
while False:
    pass
else:
    print('else on empty loop')
def find(lst, x):
    i = 0
    while i < len(lst):
        if lst[i] == x:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
