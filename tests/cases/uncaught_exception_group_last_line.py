print('eg')
raise ExceptionGroup('two errors', [ValueError(1), TypeError(2)])
