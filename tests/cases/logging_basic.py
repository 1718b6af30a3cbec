import sys, io
err = io.StringIO()
sys.stderr = err
import logging
logging.warning("root warning %s", "arg")
logging.info("not shown")
logging.error("error %d%%", 50)
logging.critical("critical")
print(repr(err.getvalue()))
print(logging.getLogger().level, len(logging.getLogger().handlers), logging.root is logging.getLogger(), logging.getLogger("root") is logging.root)

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", force=True)
logging.debug("debug %s %s", 1, [2])
logging.info("info")
logging.log(logging.WARNING, "via log")
logging.fatal("fatal")
try:
    raise ValueError("bad")
except ValueError:
    logging.exception("caught")
lines = out.getvalue().splitlines()
print(lines[:6])
print(lines[5], lines[7:])
print(logging.getLevelName(logging.DEBUG), logging.getLevelName(15), logging.getLevelName("INFO"), logging.getLevelName("NOPE"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)

a = logging.getLogger("unconfigured")
sys.stderr = io.StringIO()
a.propagate = False
a.warning("last resort %s", "msg")
a.info("dropped")
print(repr(sys.stderr.getvalue()))
sys.stderr = sys.__stderr__

buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format="%(message)s")
logging.getLogger().warning("ignored basicConfig keeps the first handler")
print(repr(buf2.getvalue()), out.getvalue().splitlines()[-1])
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("enabled")
logging.disable(logging.NOTSET)
print(out.getvalue().splitlines()[-1])
