import logging, io
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.INFO)
c = logging.getLogger("a.b.c")
a = logging.getLogger("a")
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a, a.parent is root, c.getEffectiveLevel())
print(repr(c), repr(a), repr(root))
print(logging.getLogger("a.b") is b, a.getChild("b") is b, a.getChild("x.y").name)
c.info("from c")
b.setLevel(logging.ERROR)
c.warning("filtered by b level")
c.error("passes")
print(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), c.isEnabledFor(logging.ERROR))
hb = logging.StreamHandler(buf)
hb.setFormatter(logging.Formatter("[b] %(message)s"))
b.addHandler(hb)
c.critical("twice")
b.propagate = False
c.critical("once")
b.removeHandler(hb)
print(b.hasHandlers(), c.hasHandlers(), a.hasHandlers())
b.propagate = True
hb.setLevel(logging.CRITICAL)
b.addHandler(hb)
c.error("handler level")
b.removeHandler(hb)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
a.addFilter(OnlyOdd())
for i in range(4):
    a.error("n=%d", i)
a.filters.clear()
h.addFilter(logging.Filter("a.b"))
a.error("not a.b")
b.error("is a.b")
c.error("child of a.b")
logging.getLogger("a.bc").error("a.bc is not a.b")
h.filters.clear()
h.addFilter(lambda r: "secret" not in r.getMessage())
a.error("public")
a.error("secret stuff")
h.filters.clear()
c.disabled = True
c.error("disabled logger")
c.disabled = False
x = logging.getLogger("p.q.r")
p = logging.getLogger("p")
q = logging.getLogger("p.q")
print(x.parent is q, q.parent is p)
print(buf.getvalue())
class Custom(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))
ch = Custom()
logging.getLogger("custom").addHandler(ch)
logging.getLogger("custom").warning("w %s", "x")
logging.getLogger("custom").debug("no")
print(ch.records, repr(ch), ch.level, ch.name)
ch.set_name("mine")
print(ch.name)
ad = logging.LoggerAdapter(logging.getLogger("custom"), {"user": "bob"})
ad.warning("adapted")
print(ch.records[-1], repr(ad))
