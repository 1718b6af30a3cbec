def cleanup(d):
    return d["missing"]

try:
    1 / 0
except ZeroDivisionError:
    cleanup({})
