"""A scripted text adventure: rooms graph, inventory, command parser, state machine, save/load as JSON."""
import json
import shlex

WORLD = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "Cold and damp.", "exits": {"up": "kitchen"}, "items": ["chest"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.world = json.loads(json.dumps(WORLD))
        self.over = False

    def say(self, msg):
        print(f"  {msg}")

    def look(self, *_):
        r = self.world[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            self.say("It is too dark to see.")
            return
        self.say(f"{self.room.title()}: {r['desc']} Exits: {', '.join(sorted(r['exits']))}.")
        if r["items"]:
            self.say("You see: " + ", ".join(r["items"]))

    def go(self, direction=None, *_):
        if direction is None:
            return self.say("Go where?")
        dest = self.world[self.room]["exits"].get(direction)
        if dest is None:
            return self.say(f"You can't go {direction}.")
        if self.world[dest].get("locked") and "key" not in self.inventory:
            return self.say("The way is locked.")
        self.room = dest
        self.moves += 1
        self.look()

    def take(self, *words):
        name = " ".join(words)
        items = self.world[self.room]["items"]
        if name == "all":
            taken = [i for i in items if i != "chest"]
            for i in taken:
                items.remove(i)
            self.inventory += taken
            return self.say("Taken: " + (", ".join(taken) or "nothing"))
        if name not in items:
            return self.say(f"There is no {name or 'nothing'} here.")
        if name == "chest":
            return self.say("Too heavy.")
        items.remove(name)
        self.inventory.append(name)
        self.say(f"Taken {name}.")

    def open(self, what=None, *_):
        if what == "chest" and self.room == "cellar":
            self.say("The chest holds a crown. You win!")
            self.over = True
        else:
            self.say("Nothing to open.")

    def inv(self, *_):
        self.say("Carrying: " + (", ".join(sorted(self.inventory)) if self.inventory else "nothing"))

    ALIASES = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"), "w": ("go", "west"),
               "i": ("inv",), "l": ("look",)}

    def command(self, line):
        print(f"> {line}")
        try:
            words = shlex.split(line.lower())
        except ValueError as e:
            return self.say(f"Parse error: {e}")
        if not words:
            return
        words = list(self.ALIASES.get(words[0], (words[0],))) + words[1:]
        verb, args = words[0], words[1:]
        handler = getattr(self, verb, None)
        if verb.startswith("_") or not callable(handler) or verb in ("say", "command"):
            return self.say(f"I don't know how to '{verb}'.")
        handler(*args)

    def save(self):
        return json.dumps({"room": self.room, "inventory": self.inventory, "moves": self.moves}, sort_keys=True)

g = Game()
script = ["look", "take lamp", "n", "take all", "i", "s", "e", "dance", "go", "go up", "take 'bread'",
          "down", "open chest", 'say "unterminated', ""]
for line in script:
    g.command(line)
    if g.over:
        break
state = g.save()
print(state)
g2 = Game()
data = json.loads(state)
g2.room, g2.inventory, g2.moves = data["room"], data["inventory"], data["moves"]
g2.command("l")
print(g2.moves, g2.inventory == g.inventory)
