err = ValueError('shared')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(e is err, i)
