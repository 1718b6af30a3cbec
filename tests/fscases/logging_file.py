import logging, logging.handlers, os, hashlib, argparse
logging.basicConfig(filename="app.log", level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
logging.info("first")
logging.getLogger("db").warning("second %d", 2)
logging.debug("hidden")
for h in logging.getLogger().handlers:
    h.flush()
print(open("app.log").read(), end="")
fh = logging.FileHandler("other.log", mode="w")
fh.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
lg = logging.getLogger("file")
lg.addHandler(fh)
lg.propagate = False
lg.error("to other")
fh.close()
print(open("other.log").read(), end="", flush=True)
rh = logging.handlers.RotatingFileHandler("rot.log", maxBytes=30, backupCount=2)
rl = logging.getLogger("rot")
rl.addHandler(rh)
rl.propagate = False
for i in range(6):
    rl.warning("message number %d", i)
rh.close()
print(sorted(f for f in os.listdir(".") if f.startswith("rot")))
print(open("rot.log").read(), end="")
with open("data.bin", "wb") as f:
    f.write(bytes(range(256)) * 10)
with open("data.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest())
with open("args.txt", "w") as f:
    f.write("--n\n5\n")
p = argparse.ArgumentParser(prog="p", fromfile_prefix_chars="@")
p.add_argument("--n", type=int)
p.add_argument("--out", type=argparse.FileType("w"))
ns = p.parse_args(["@args.txt", "--out", "o.txt"])
ns.out.write("written")
ns.out.close()
print(ns.n, open("o.txt").read())
