// The examples offered in the playground's picker: code plus the initial files it reads.
export interface Example { name: string; code: string; files: Record<string, string>; seed?: number }

export const EXAMPLES: Example[] = [
  {
    name: 'Data pipeline (json, collections)',
    files: {
      '/data/orders.json': JSON.stringify([
        { id: 1, customer: 'ada', item: 'keyboard', qty: 1, price: 49.5 },
        { id: 2, customer: 'bob', item: 'mouse', qty: 2, price: 19.99 },
        { id: 3, customer: 'ada', item: 'monitor', qty: 1, price: 189.0 },
        { id: 4, customer: 'cy', item: 'mouse', qty: 1, price: 19.99 },
        { id: 5, customer: 'bob', item: 'cable', qty: 4, price: 4.25 },
      ], null, 2) + '\n',
    },
    code: `import json
from collections import Counter, defaultdict

with open("/data/orders.json") as f:
    orders = json.load(f)

revenue = defaultdict(float)
items = Counter()
for o in orders:
    revenue[o["customer"]] += o["qty"] * o["price"]
    items[o["item"]] += o["qty"]

print("top items:", items.most_common(2))
for customer, total in sorted(revenue.items(), key=lambda kv: -kv[1]):
    print(f"{customer:>5}: {total:8.2f}")

summary = {"customers": len(revenue), "revenue": round(sum(revenue.values()), 2)}
with open("/data/summary.json", "w") as f:
    json.dump(summary, f, indent=2)
print("wrote /data/summary.json", summary)
`,
  },
  {
    name: 'Text report (f-strings, format)',
    files: {},
    code: `rows = [
    ("Widgets", 1250, 0.153),
    ("Gadgets", 980, -0.042),
    ("Gizmos", 15020, 0.3107),
    ("Doohickeys", 7, 1.5),
]
width = max(len(name) for name, *_ in rows)
print(f"{'Product':<{width}} | {'Units':>8} | {'Growth':>8}")
print("-" * (width + 24))
for name, units, growth in rows:
    print(f"{name:<{width}} | {units:>8,} | {growth:>+8.1%}")
total = sum(u for _, u, _ in rows)
print("=" * (width + 24))
print("{:<{w}} | {:>8,} |".format("Total", total, w=width))
print(f"{total=}, mean={total / len(rows):.3f}, hex={total:#x}, sci={total:.2e}")
`,
  },
  {
    name: 'Class-based simulation (random, seeded)',
    files: {},
    seed: 42,
    code: `import random
from dataclasses import dataclass, field

@dataclass
class Rabbit:
    age: int = 0
    energy: int = 5

@dataclass
class Meadow:
    grass: int = 60
    rabbits: list = field(default_factory=lambda: [Rabbit() for _ in range(4)])

    def step(self):
        self.grass = min(100, self.grass + 12)
        born = []
        for r in self.rabbits:
            r.age += 1
            bite = min(self.grass, random.randint(1, 4))
            self.grass -= bite
            r.energy += bite - 2
            if r.energy > 6 and random.random() < 0.4:
                r.energy -= 3
                born.append(Rabbit())
        self.rabbits = [r for r in self.rabbits if r.energy > 0 and r.age < 9] + born

m = Meadow()
for day in range(1, 13):
    m.step()
    print(f"day {day:2}: {len(m.rabbits):3} rabbits, grass {m.grass:3} " + "#" * len(m.rabbits))
`,
  },
  {
    name: 'Tool-calling agent stub',
    files: {},
    code: `import json
from tools import search, calculator, weather
from opentelemetry import trace

tracer = trace.get_tracer("agent")

# a scripted "model": the plan an LLM might emit, one tool call per step
plan = [
    ("search", ["pyex"]),
    ("calculator", ["mul", 6, 7]),
    ("weather", ["Lisbon"]),
    ("calculator", ["div", 1, 0]),
]
tools = {"search": search, "calculator": calculator, "weather": weather}

transcript = []
with tracer.start_as_current_span("agent.run"):
    for step, (name, args) in enumerate(plan, 1):
        with tracer.start_as_current_span(f"step {step}") as span:
            span.set_attribute("tool", name)
            try:
                result = tools[name](*args)
            except Exception as e:
                result = f"error: {type(e).__name__}: {e}"
            transcript.append({"tool": name, "args": args, "result": result})
            print(f"[{step}] {name}({', '.join(map(repr, args))}) -> {result}")

print(json.dumps(transcript[-2], sort_keys=True))
`,
  },
];
