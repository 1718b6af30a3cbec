class C:
    def __init__(self): self.handlers = []
    def register(self, name):
        def handler(evt): return f'{name} handles {evt} for {type(self).__name__}'
        self.handlers.append(handler)
c = C(); c.register('a'); c.register('b')
print([h('click') for h in c.handlers])
