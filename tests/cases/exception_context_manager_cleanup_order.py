log = []
class R:
    def __init__(self, n): self.n = n
    def __enter__(self): log.append(f'open {self.n}'); return self
    def __exit__(self, *a): log.append(f'close {self.n}')
def work():
    with R(1):
        try:
            with R(2):
                raise ValueError('boom')
        except ValueError:
            log.append('handled inside')
        with R(3):
            return 'done'
print(work(), log)
