"""Application settings with configparser: defaults, interpolation, typed getters, mapping access, errors, write."""
import configparser
import io

INI = """
[DEFAULT]
base = /srv/app
log_level = INFO
debug = no

[server]
host = 0.0.0.0
port: 8080
workers = 4
static = %(base)s/static
debug = yes

[database]
url = postgres://db:5432/%(name)s
name = shop
pool = 10   ; inline comment is not stripped by default
timeout = 2.5

[paths]
logs = %(base)s/logs
motd = Welcome!
    Multi-line values continue
    on indented lines.

# a comment
[features]
beta = on
ratio = 0.25
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print(cfg.sections(), cfg.defaults())
print(cfg.get("server", "static"), cfg.getint("server", "port") + 1, cfg.getboolean("server", "debug"), cfg.getboolean("database", "debug"))
print(cfg["database"]["url"], repr(cfg["database"]["pool"]), cfg.getfloat("database", "timeout") * 2)
print(repr(cfg.get("paths", "motd")), cfg.get("paths", "logs", raw=True), cfg.get("paths", "logs", vars={"base": "/tmp"}))
print(cfg.get("server", "missing", fallback="n/a"), cfg.getint("server", "nothing", fallback=0), cfg["server"].get("nope", "dflt"))
print(list(cfg["server"]), len(cfg["features"]), "port" in cfg["server"], "base" in cfg["server"], "nosuch" in cfg)
print(cfg.items("features"), dict(cfg["features"]), cfg["features"].getboolean("beta"), cfg["features"].getfloat("ratio"))
print([s for s in cfg], cfg.has_section("paths"), cfg.has_option("paths", "base"), cfg.options("features"))
for call in [lambda: cfg.get("nosuch", "x"), lambda: cfg.get("server", "nosuch"), lambda: cfg.getint("server", "host"),
             lambda: cfg.getboolean("server", "host"), lambda: cfg["nosuch"], lambda: cfg.add_section("server"),
             lambda: cfg.set("server", "port", 9090), lambda: cfg.add_section("DEFAULT")]:
    try:
        call()
    except (configparser.Error, ValueError, KeyError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
bad = configparser.ConfigParser()
bad.read_string("[a]\nx = %(missing)s\ny = 100%\nz = %(z)s\n")
for opt in "xyz":
    try:
        bad.get("a", opt)
    except configparser.Error as e:
        print(f"{type(e).__name__}: {e}")
for text in ["key = value\n", "[s]\na = 1\na = 2\n", "[s]\n[s]\n", "[s]\nno delimiter here\n"]:
    try:
        configparser.ConfigParser().read_string(text)
        print("parsed ok")
    except configparser.Error as e:
        print(f"{type(e).__name__}: {e}")
cfg["new"] = {"answer": "42", "flag": "true"}
cfg.set("server", "port", "9090")
cfg.remove_option("server", "workers")
cfg.remove_section("paths")
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nroot = /opt\n[app]\nhome = ${common:root}/app\nbin = ${home}/bin\ncost = $$5\n")
print(ext.get("app", "bin"), ext.get("app", "cost"), dict(ext.items("app")))
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=("=",), inline_comment_prefixes=(";",))
raw.read_string("[flags]\nverbose\nlevel = 3 ; comment\npath = a%b\n")
print(raw.items("flags"), raw.get("flags", "verbose"))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_dict({"Mixed": {"CamelKey": 1, "lower": 2.5}})
print(cs.options("Mixed"), cs["Mixed"]["CamelKey"], cs.getfloat("Mixed", "lower"))
