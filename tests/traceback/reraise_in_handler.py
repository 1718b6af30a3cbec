def load(text):
    try:
        return int(text, 16)
    except ValueError:
        return {}["fallback"]

load("xyz")
