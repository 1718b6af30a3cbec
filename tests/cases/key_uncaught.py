# KeyError with string key
config = {'host': 'localhost', 'port': 8080}
print(config['host'])
print(config['port'])
print(config['user'])
