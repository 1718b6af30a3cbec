def handle(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]: return f'moving {d}'
        case ['pick', 'up', *items] if items: return f'picking {", ".join(items)}'
        case ['quit' | 'exit']: return 'bye'
        case [verb, *_]: return f'unknown verb {verb}'
        case []: return 'empty'
for c in ['go north', 'go up', 'pick up sword shield', 'pick up', 'quit', '']: print(repr(c), handle(c))
