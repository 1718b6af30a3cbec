results = []
for x in [1, 0, 'a', 2]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('zero')
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
