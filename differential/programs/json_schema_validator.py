"""A small JSON-Schema-like validator: types, required, ranges, patterns, enums, nested objects and arrays."""
import json
import re

SCHEMA = {
    "type": "object",
    "required": ["id", "name", "email", "tags"],
    "properties": {
        "id": {"type": "integer", "minimum": 1},
        "name": {"type": "string", "minLength": 2, "maxLength": 20},
        "email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.\w+$"},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "role": {"enum": ["admin", "user", "guest"]},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3, "uniqueItems": True},
        "address": {"type": "object", "required": ["city"],
                    "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": r"^\d{5}$"}}},
        "score": {"type": "number", "exclusiveMaximum": 100},
    },
    "additionalProperties": False,
}
TYPES = {"object": dict, "array": list, "string": str, "number": (int, float), "boolean": bool, "null": type(None)}

def is_type(value, t):
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[t])

def validate(value, schema, path="$"):
    errors = []
    t = schema.get("type")
    if t and not is_type(value, t):
        return [f"{path}: expected {t}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if len(value) > schema.get("maxLength", float("inf")):
            errors.append(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: does not match {schema['pattern']!r}")
    if is_type(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > maximum {schema['maximum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            errors.append(f"{path}: {value} >= exclusiveMaximum {schema['exclusiveMaximum']}")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", float("inf")):
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if schema.get("uniqueItems") and len(set(map(json.dumps, value))) != len(value):
            errors.append(f"{path}: items are not unique")
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(f"{path}: missing required property {req!r}")
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors += validate(v, props[k], f"{path}.{k}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected property {k!r}")
    return errors

DOCS = [
    '{"id": 1, "name": "Ann", "email": "ann@example.com", "tags": ["a", "b"], "age": 30, "role": "admin"}',
    '{"id": 0, "name": "B", "email": "not-an-email", "tags": ["x", "x", "y", "z"], "age": 200}',
    '{"id": "7", "name": "Carl", "tags": [1, "ok"], "role": "root", "nickname": "c"}',
    '{"id": 2, "name": "Dee", "email": "d@e.io", "tags": [], "address": {"zip": "1234"}, "score": 100}',
    '{"id": true, "name": "Eve", "email": "e@x.org", "tags": [], "score": 99.5, "address": {"city": "Oslo", "zip": "01234"}}',
    '[1, 2, 3]',
]
for doc in DOCS:
    errs = validate(json.loads(doc), SCHEMA)
    print("VALID" if not errs else f"{len(errs)} error(s):")
    for e in errs:
        print("   ", e)
