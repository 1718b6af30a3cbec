class O:
    def __init__(self): self.v = 1
calls = 0
o = O()
def get():
    global calls
    calls += 1
    return o
get().v += 5
get().v *= 2
print(o.v, calls)
