class Tool:
    def __call__(self, *a): return ('called', len(a))
class Host:
    tool = Tool()
    fn = lambda *a: ('lambda', len(a))
h = Host()
print(h.tool(1), h.fn(1))
