import inspect
def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_suspended)
next(it)
print(it.gi_running, it.gi_suspended, it.gi_yieldfrom)
list(it)
print(it.gi_running, it.gi_suspended)
def watcher():
    yield me.gi_running
me = watcher()
print(next(me))
print(inspect.isgenerator(it), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(lambda: 0))
async def co(): pass
c = co()
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(co), inspect.isawaitable(c))
c.close()
async def ag(): yield
print(inspect.isasyncgenfunction(ag), inspect.isasyncgen(ag()))
