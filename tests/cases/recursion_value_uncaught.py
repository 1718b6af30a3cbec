# error at the bottom of a recursion
def countdown(n):
    if n == 0:
        raise ValueError('reached zero')
    print(n)
    countdown(n - 1)
countdown(3)
