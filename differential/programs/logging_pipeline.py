"""A data pipeline instrumented with logging: handlers to stdout and a file, formatters, levels, adapters."""
import logging
import sys
import json

logger = logging.getLogger("pipeline")
logger.setLevel(logging.DEBUG)
console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
logger.addHandler(console)
file_handler = logging.FileHandler("pipeline.log", mode="w")
file_handler.setLevel(logging.DEBUG)
file_handler.setFormatter(logging.Formatter("[%(levelname)s] %(funcName)s:%(lineno)d %(message)s"))
logger.addHandler(file_handler)

class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"lvl": record.levelname, "msg": record.getMessage(), "stage": getattr(record, "stage", None)})

audit = logging.getLogger("pipeline.audit")
ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(JsonFormatter())
audit.addHandler(ah)
audit.propagate = False

def extract(rows):
    logger.debug("extracting %d rows", len(rows))
    return [r.split(",") for r in rows]

def transform(records):
    out = []
    for i, rec in enumerate(records):
        try:
            name, qty = rec
            out.append({"name": name.strip().title(), "qty": int(qty)})
        except ValueError as e:
            logger.warning("row %d skipped: %s", i, e)
    logger.info("transformed %d/%d records", len(out), len(records))
    return out

def load(items):
    total = sum(i["qty"] for i in items)
    if total > 100:
        logger.error("total %s exceeds capacity", total)
    adapter = logging.LoggerAdapter(audit, {"stage": "load"})
    adapter.info("loaded %s items", len(items))
    return total

rows = ["apple, 3", "pear,x", "melon,120", "kiwi", " fig ,4"]
total = load(transform(extract(rows)))
print("total:", total)
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("math failed")
logger.critical("done with %s", {"status": "partial"})
logger.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
logger.log(25, "named custom level")
print(logger.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG), audit.parent.name, logging.getLevelName(40), logging.getLevelName("WARNING"))
file_handler.close()
with open("pipeline.log") as f:
    lines = f.read().splitlines()
for line in lines:
    print("FILE", line)
root_out = []
class ListHandler(logging.Handler):
    def emit(self, record):
        root_out.append(self.format(record))
h = ListHandler()
h.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.setLevel(logging.WARNING)
other.info("hidden")
other.warning("shown %s", 1)
f = logging.Filter("other.sub")
other.addFilter(lambda r: "secret" not in r.getMessage())
other.error("a secret")
other.error("public")
print(root_out, f.filter(logging.LogRecord("other.sub.x", 10, "p", 1, "m", None, None)))
