# logging.config.dictConfig: formatters (format/datefmt/style/validate, '()' factories), filters,
# handlers (class, level, formatter, filters, stream ext://, '.' properties, MemoryHandler target),
# loggers/root, propagate, disable_existing_loggers, incremental, and the error messages
import io, sys, logging, logging.config, logging.handlers

buf = io.StringIO()
sys.modules['__main__'].BUF = buf

class OnlyInfo(logging.Filter):
    def filter(self, record):
        return record.levelno == logging.INFO

def make_fmt(fmt, prefix):
    return logging.Formatter(prefix + fmt)

old = logging.getLogger('old.module')
kept = logging.getLogger('app.child')
cfg = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'brace': {'format': '{levelname}|{message}', 'style': '{'},
        'custom': {'()': make_fmt, 'fmt': '%(message)s', 'prefix': '>> '},
        'factory_fmt': {'()': 'logging.Formatter', 'format': '[%(message)s]'},
    },
    'filters': {'info_only': {'()': OnlyInfo}, 'app_only': {'name': 'app'}},
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'plain', 'level': 'DEBUG'},
        'mem': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.BUF', 'formatter': 'brace',
                'filters': ['info_only'], '.': {'tag': 'props-set'}},
        'cust': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'custom', 'level': 'WARNING'},
        'fac': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'factory_fmt', 'level': 40},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'out'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out', 'mem'], 'propagate': False, 'filters': ['app_only']},
        'lib': {'level': 'WARNING', 'handlers': ['cust', 'fac']},
        'buffered': {'handlers': ['buffer'], 'level': 'INFO', 'propagate': False},
    },
    'root': {'level': 'ERROR', 'handlers': ['cust']},
}
logging.config.dictConfig(cfg)
a = logging.getLogger('app')
a.debug('debug message'); a.info('info message'); a.warning('warning message')
kept.info('child info')
lib = logging.getLogger('lib')
lib.info('hidden'); lib.warning('lib warning'); lib.error('lib error')
logging.getLogger('other').error('root error')
logging.getLogger('other').warning('root warning hidden')
old.error('old logger is disabled')
print('old disabled', old.disabled, 'child disabled', kept.disabled, kept.level, kept.propagate)
b = logging.getLogger('buffered')
b.info('buffered 1'); print('-- after 1'); b.info('buffered 2'); print('-- after 2')
print(repr(buf.getvalue()))
print(sorted(h.name for h in a.handlers), a.handlers[1].tag, a.propagate, a.level, logging.getLogger().level)
print(type(logging.getLogger().handlers[0]).__name__, [type(f).__name__ for f in a.filters])

# incremental: levels only
logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'INFO'}}})
a.warning('now filtered by handler level'); a.error('error passes')
print(a.level, [h.level for h in a.handlers])

# disable_existing_loggers False keeps loggers enabled
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},
                           'root': {'handlers': ['h'], 'level': 'INFO'}})
logging.getLogger('old.module').disabled = False
logging.getLogger('app').propagate = True
logging.getLogger('app').info('via root handler')
print(logging.getLogger('lib').disabled, len(logging.getLogger().handlers))

def attempt(conf):
    try:
        logging.config.dictConfig(conf)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)

attempt({})
attempt({'version': 2})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}})
attempt({'version': 1, 'loggers': {'x': {'handlers': ['nope']}}})
attempt({'version': 1, 'formatters': {'f': {'format': '%(message)s', 'style': '?'}}})
attempt({'version': 1, 'formatters': {'f': {'format': '%(message', 'validate': True}}})
attempt({'version': 1, 'root': {'level': 'NOPE'}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['zz']}}})
attempt({'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'INFO'}}})
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print('ValueError', e)
