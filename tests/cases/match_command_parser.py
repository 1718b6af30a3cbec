def run(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]: return f'going {d}'
        case ['go', other]: return f'unknown direction {other}'
        case ['pick', 'up', *items] if items: return f'picked {", ".join(items)}'
        case ['pick', 'up']: return 'pick up what?'
        case ['drop', item, 'in', container]: return f'{item} -> {container}'
        case ['quit' | 'exit']: return 'bye'
        case []: return 'empty'
        case [verb, *_]: return f'unknown verb {verb}'
for c in ['go north', 'go up', 'pick up sword shield', 'pick up', 'drop coin in box', 'exit', '', 'dance now please']:
    print(repr(c), '->', run(c))
