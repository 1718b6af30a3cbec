# custom exception class escapes
class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f'missing section [{name}]')
print('loading')
load('database')
