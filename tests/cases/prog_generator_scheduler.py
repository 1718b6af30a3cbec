from collections import deque
def task(name, n):
    for i in range(n):
        print(f'{name} step {i}')
        yield
    return f'{name} done'
def run(tasks):
    q = deque(tasks)
    results = []
    while q:
        t = q.popleft()
        try:
            next(t)
            q.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task('a', 2), task('b', 3), task('c', 1)]))
