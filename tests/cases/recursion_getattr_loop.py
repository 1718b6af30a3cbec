class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().anything
except RecursionError as e:
    print(type(e).__name__, e)
