print('exec')
exec('x = (1,')
