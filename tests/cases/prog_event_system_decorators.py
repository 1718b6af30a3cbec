from collections import defaultdict
class Bus:
    def __init__(self): self.handlers = defaultdict(list)
    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
bus = Bus()
@bus.on('greet')
def hello(name): return f'hello {name}'
@bus.on('greet')
def shout(name): return name.upper()
@bus.on('sum')
def add(*xs): return sum(xs)
print(bus.emit('greet', 'ann'), bus.emit('sum', 1, 2, 3), bus.emit('none'), dict(bus.handlers).keys() == {'greet', 'sum'})
