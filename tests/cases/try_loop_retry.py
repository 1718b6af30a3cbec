# exceptions inside loops
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise RuntimeError('retry')
        break
    except RuntimeError as e:
        print('attempt', attempts, e)
print('succeeded after', attempts)
def first_int(items):
    for item in items:
        try:
            return int(item)
        except (TypeError, ValueError):
            pass
    return None
print(first_int([None, 'a', '7', '8']), first_int([]))
