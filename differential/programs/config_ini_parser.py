"""Hand-written INI parser with sections, interpolation, typed getters and validation."""
import re

CONFIG = """
; global settings
[DEFAULT]
base_dir = /srv/app
log_level = INFO

[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = no
static = ${base_dir}/static

[database]
url = postgres://db.internal:5432/app
pool_size = 10
timeout = 2.5
replicas = db1, db2 ,db3

[features]
beta = yes
ratio=0.25
# comment inside
names = alpha
    beta
    gamma
"""

class ConfigError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")
OPTION = re.compile(r"^(?P<key>[\w.]+)\s*[=:]\s*(?P<value>.*)$")
BOOLS = {"yes": True, "true": True, "on": True, "1": True, "no": False, "false": False, "off": False, "0": False}

class Config:
    def __init__(self, text):
        self.sections = {"DEFAULT": {}}
        current, last_key = None, None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line[0] in "#;":
                continue
            if raw[0].isspace() and last_key and current is not None:
                self.sections[current][last_key] += "\n" + line
                continue
            if m := SECTION.match(line):
                current = m["name"].strip()
                self.sections.setdefault(current, {})
                last_key = None
            elif m := OPTION.match(line):
                if current is None:
                    raise ConfigError(lineno, "option outside of a section")
                last_key = m["key"].lower()
                self.sections[current][last_key] = m["value"].strip()
            else:
                raise ConfigError(lineno, f"cannot parse {line!r}")

    def get(self, section, key, fallback=None):
        sec = self.sections.get(section)
        if sec is None:
            raise KeyError(section)
        value = sec.get(key, self.sections["DEFAULT"].get(key, fallback))
        if isinstance(value, str):
            value = re.sub(r"\$\{(\w+)\}", lambda m: self.get(section, m.group(1)), value)
        return value

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getboolean(self, section, key):
        v = self.get(section, key).lower()
        if v not in BOOLS:
            raise ValueError(f"Not a boolean: {v}")
        return BOOLS[v]

    def getlist(self, section, key, sep=","):
        return [p.strip() for p in re.split(sep + r"|\n", self.get(section, key)) if p.strip()]

cfg = Config(CONFIG)
print(sorted(cfg.sections))
print(cfg.get("server", "host"), cfg.getint("server", "port") + 1, cfg.getboolean("server", "debug"))
print(cfg.get("server", "static"), cfg.get("server", "log_level"), cfg.get("server", "missing", "n/a"))
print(cfg.getfloat("database", "timeout") * 2, cfg.getlist("database", "replicas"))
print(cfg.getboolean("features", "beta"), cfg.getfloat("features", "ratio"), cfg.getlist("features", "names"))
print(repr(cfg.get("features", "names")))
for bad in ["key = value", "[s]\nnot an option line", "[s]\nx = 1\n"]:
    try:
        Config(bad)
        print("ok:", repr(bad))
    except ConfigError as e:
        print("ConfigError:", e, "| lineno", e.lineno)
try:
    cfg.get("nosuch", "x")
except KeyError as e:
    print("KeyError:", e)
try:
    cfg.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
for section, opts in cfg.sections.items():
    print(f"[{section}]")
    for k, v in sorted(opts.items()):
        print(f"  {k:<10} = {v!r}")
