"""A crafting system: recipes as a dependency graph, recursive requirement expansion, memoized costs, shortages."""
from collections import Counter
from functools import lru_cache
import math

RECIPES = {
    "plank": ({"log": 1}, 4),
    "stick": ({"plank": 2}, 4),
    "torch": ({"stick": 1, "coal": 1}, 4),
    "pickaxe": ({"plank": 3, "stick": 2}, 1),
    "iron_ingot": ({"iron_ore": 1, "coal": 1}, 1),
    "iron_pickaxe": ({"iron_ingot": 3, "stick": 2}, 1),
    "rail": ({"iron_ingot": 6, "stick": 1}, 16),
    "minecart": ({"iron_ingot": 5}, 1),
}
BASE_COST = {"log": 2, "coal": 3, "iron_ore": 7}

def expand(item, qty, inv=None, out=None):
    inv = Counter() if inv is None else inv
    out = Counter() if out is None else out
    take = min(inv[item], qty)
    inv[item] -= take
    qty -= take
    if qty == 0:
        return out
    if item not in RECIPES:
        out[item] += qty
        return out
    ingredients, makes = RECIPES[item]
    batches = math.ceil(qty / makes)
    leftover = batches * makes - qty
    for ing, n in ingredients.items():
        expand(ing, n * batches, inv, out)
    inv[item] += leftover
    return out

@lru_cache(maxsize=None)
def unit_cost(item):
    if item in BASE_COST:
        return BASE_COST[item]
    ingredients, makes = RECIPES[item]
    return sum(unit_cost(i) * n for i, n in ingredients.items()) / makes

def craft_order(item, seen=None, order=None):
    seen = set() if seen is None else seen
    order = [] if order is None else order
    if item in seen or item not in RECIPES:
        return order
    seen.add(item)
    for ing in sorted(RECIPES[item][0]):
        craft_order(ing, seen, order)
    order.append(item)
    return order

for goal, qty in [("torch", 8), ("iron_pickaxe", 1), ("rail", 20), ("minecart", 2)]:
    need = expand(goal, qty)
    print(f"{qty} x {goal}: raw {dict(sorted(need.items()))}, cost {sum(BASE_COST[k] * v for k, v in need.items())}")
print({k: round(unit_cost(k), 4) for k in RECIPES})
print(unit_cost.cache_info().currsize, craft_order("rail"), craft_order("iron_pickaxe"))
stock = Counter({"log": 3, "coal": 10, "iron_ore": 4, "plank": 2})
need = expand("iron_pickaxe", 1, Counter(stock))
short = need - Counter({k: v for k, v in stock.items() if k in BASE_COST})
print("with stock:", dict(need), "short:", dict(short))
inv = Counter(stock)
plan = expand("torch", 16, inv)
print(dict(plan), {k: v for k, v in inv.items() if v})
