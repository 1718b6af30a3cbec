counts = {}
words = ["a", "b"]
try:
    counts["a"] += 1
except KeyError as e:
    print("KeyError", e)
slots = [0] * 3
slots[len(words) + 5] = 1
