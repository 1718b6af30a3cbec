#!/usr/bin/env python3
"""Regenerate stdlib/_codec_tables.py (single-byte codec tables and aliases) from the host CPython 3.11."""
import os
import encodings.aliases as A

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
tables = {}
for name in ['cp1252', 'cp1251', 'cp1250', 'iso8859_15', 'iso8859_2', 'cp437', 'cp850', 'koi8_r', 'mac_roman']:
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(name))
        except UnicodeDecodeError:
            chars.append('\ufffe')
    tables[name] = ''.join(chars)
supported = set(tables) | {'utf_8', 'ascii', 'latin_1', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32',
                           'utf_32_le', 'utf_32_be', 'unicode_escape', 'raw_unicode_escape', 'hex_codec',
                           'base64_codec', 'zlib_codec', 'rot_13'}
aliases = {k: v for k, v in A.aliases.items() if v in supported}
out = ['"""_codec_tables: decoding tables of the single-byte charmap codecs and the encoding alias table',
       'pyex\'s codecs module supports (data generated from CPython 3.11 by scripts/gen_codec_tables.py;',
       '\\ufffe marks an undefined byte)."""', '', 'TABLES = {']
for k, v in tables.items():
    out.append('    %r: %r,' % (k, v))
out.append('}')
out.append('ALIASES = ' + repr(dict(sorted(aliases.items()))))
with open(os.path.join(root, 'stdlib', '_codec_tables.py'), 'w') as f:
    f.write('\n'.join(out) + '\n')
