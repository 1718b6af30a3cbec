def a():
    x = 'a'
    def b():
        x = 'b'
        def c():
            nonlocal x
            x = 'c'
        c()
        return x
    return b(), x
print(a())
