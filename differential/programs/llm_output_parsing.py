"""Parse structured data out of messy LLM-style text: fenced JSON, Python literals via ast.literal_eval, fallbacks."""
import ast
import json
import re

RESPONSES = [
    'Sure! Here is the data:\n```json\n{"name": "Ada", "skills": ["math", "poetry"], "active": true}\n```\nLet me know!',
    "The result is {'name': 'Bob', 'scores': (90, 85.5), 'tags': {3, 1, 2}, 'meta': None}",
    "Answer: [1, 2, 3, -4.5, 1e3, 0x1F, 'done']",
    "```python\nconfig = {'retries': 3, 'backoff': [1, 2, 4], 'enabled': True}\n```",
    'Output: {"broken": [1, 2,}',
    "Here: {'x': os.system('rm -rf /')}",
    "Numbers: 3 + 4j and also (1, 'two', [3.0])",
    "nothing structured here",
    'Nested: {"a": {"b": {"c": [1, {"d": null}]}}} trailing text {"second": 2}',
    "Single quotes JSON-ish: {'k': 'it\\'s fine', 'n': -0.0, 'big': 123456789012345678901234567890}",
]

FENCE = re.compile(r"```(?:json|python)?\s*\n(.*?)```", re.S)

def candidates(text):
    for m in FENCE.finditer(text):
        body = m.group(1).strip()
        if "=" in body.split("\n")[0] and not body.lstrip().startswith(("{", "[")):
            body = body.split("=", 1)[1].strip()
        yield "fence", body
    for opener, closer in (("{", "}"), ("[", "]"), ("(", ")")):
        start = text.find(opener)
        while start != -1:
            depth = 0
            for i in range(start, len(text)):
                if text[i] == opener:
                    depth += 1
                elif text[i] == closer:
                    depth -= 1
                    if depth == 0:
                        yield "balanced", text[start:i + 1]
                        break
            start = text.find(opener, start + 1)

def extract(text):
    errors = []
    for source, chunk in candidates(text):
        try:
            return source + "/json", json.loads(chunk)
        except json.JSONDecodeError as e:
            errors.append(f"json: {e.msg} at {e.pos}")
        try:
            return source + "/literal", ast.literal_eval(chunk)
        except (ValueError, SyntaxError) as e:
            errors.append(f"literal: {type(e).__name__}")
    return None, errors[:3]

for i, r in enumerate(RESPONSES):
    how, value = extract(r)
    print(f"{i}: {how or 'FAILED'} -> {value!r}")
print(ast.literal_eval("  {'a': [1, (2, 3)], 'b': {4, 5}, 'c': b'bytes', 'd': -1+2j}"))
print(ast.literal_eval("'multi' 'part' \"string\""), ast.literal_eval("[True, False, None, ...]" if False else "[True, False, None]"))
for bad in ["__import__('os')", "1 + 1", "[x for x in range(3)]", "{'a': b}", "2 ** 10", "lambda: 0", "f'{1}'"]:
    try:
        ast.literal_eval(bad)
        print("accepted", bad)
    except ValueError:
        print("rejected (ValueError):", bad)
    except SyntaxError:
        print("rejected (SyntaxError):", bad)
for bad in ["[1, 2", "{'a' 1}", "'unterminated", ""]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print(json.loads('{"a": NaN, "b": Infinity}'), json.loads("[1e400, -1e400]"), json.dumps(float("nan")))
