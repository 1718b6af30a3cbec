"""zlib: checksums only (crc32, adler32). pyex does not provide compression."""
import _binhelp
import binascii as _binascii


class error(Exception):
    pass


error.__module__ = 'zlib'


def crc32(data, value=0, /):
    return _binhelp.crc32(_binascii._data(data), value)


def adler32(data, value=1, /):
    return _binhelp.adler32(_binascii._data(data), value)
