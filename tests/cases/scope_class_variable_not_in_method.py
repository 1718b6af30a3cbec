class C:
    y = 1
    def m(self):
        try:
            return y
        except NameError as e:
            return f'{type(e).__name__}: {e}'
print(C().m())
y = 'global y'
print(C().m())
