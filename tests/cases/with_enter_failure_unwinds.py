class CM:
    def __init__(self, n, fail=False): self.n, self.fail = n, fail
    def __enter__(self):
        if self.fail: raise RuntimeError(f'enter {self.n} failed')
        print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n)
try:
    with CM(1), CM(2, fail=True), CM(3):
        print('never')
except RuntimeError as e:
    print(e)
