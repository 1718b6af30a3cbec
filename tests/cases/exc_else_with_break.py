for i in range(3):
    try:
        x = 10 // (i - 1)
    except ZeroDivisionError:
        print('zero at', i)
    else:
        print('ok', i, x)
        if i == 2: break
else:
    print('no break')
