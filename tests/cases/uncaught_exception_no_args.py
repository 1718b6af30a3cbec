print('start')
raise RuntimeError
