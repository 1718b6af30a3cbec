# codecs and the encodings behind str.encode/bytes.decode: utf-16/32 (BOMs, byte orders, surrogate
# pairs, truncated data), utf-8-sig, cp1252 & other charmaps, unicode_escape/raw_unicode_escape,
# hex/base64/zlib/rot13 via codecs.encode/decode, incremental coders, iterencode/iterdecode,
# lookup and error handlers (incl. registered ones), stream readers/writers over BytesIO
import codecs, io

s = 'héllo wörld €😀'
for enc in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf_32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'u16', 'utf8', 'latin1']:
    try:
        b = s.encode(enc)
        print(enc, b.hex(), b.decode(enc) == s, str(b, enc) == s, bytes(s, enc) == b, bytearray(s, enc) == b)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)
for enc in ['cp1252', 'windows-1252', 'cp1251', 'cp1250', 'iso-8859-15', 'latin9', 'iso8859-2', 'cp437', 'cp850', 'koi8-r', 'mac-roman']:
    t = 'Grüße €'
    try:
        b = t.encode(enc, 'replace')
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(bytes(range(0x80, 0xa0)).decode('cp1252', 'replace'))
for bad, enc in [(b'\x81', 'cp1252'), (b'a\x00b', 'utf-16-le'), (b'\x00\xd8\x00\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'),
                 (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\xff', 'utf-8-sig')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(enc, errors, repr(bad.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e, e.start, e.end, e.encoding)
for t, enc in [('\ud800', 'utf-16'), ('\ud800x', 'utf-32-be'), ('中文', 'cp1252'), ('a€b', 'cp437')]:
    for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        try:
            print(enc, errors, t.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e)
print('\ud83d\ude00'.encode('utf-16-le', 'surrogatepass'), b'=\xd8\x00\xde'.decode('utf-16-le'))
for t in ['a\tb\n\\c', 'é€\x01😀', "q'\""]:
    ue = t.encode('unicode_escape'); re_ = t.encode('raw_unicode_escape')
    print(ue, re_, ue.decode('unicode_escape') == t, re_.decode('raw_unicode_escape') == t)
print(b'\\x41\\u00e9\\N'.decode('unicode_escape', 'replace'), b'\\101\\n'.decode('unicode_escape'), b'a\\u00e9\\x41'.decode('raw_unicode_escape'))
for bad in [b'\\x4', b'\\u12', b'\\U00110000', b'abc\\']:
    try:
        bad.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)

print(codecs.encode(b'\x01\xab', 'hex'), codecs.decode('01ab', 'hex'), codecs.encode(b'data', 'base64'), codecs.decode(b'ZGF0YQ==\n', 'base64'))
print(codecs.encode('Hello', 'rot13'), codecs.encode('Hello', 'rot_13'), codecs.decode(codecs.encode(b'zz' * 10, 'zlib'), 'zlib'))
print(codecs.encode('é', 'utf-16'), codecs.decode(b'\xff\xfe\xe9\x00', 'utf-16'), codecs.encode('x'), codecs.decode(b'y'))
for f in [lambda: codecs.encode('x', 'hex'), lambda: 'x'.encode('hex'), lambda: b'00'.decode('base64'), lambda: codecs.lookup('nope'),
          lambda: 'x'.encode('nope'), lambda: b'x'.decode('no-such'), lambda: codecs.lookup_error('nope'), lambda: str(b'x', 'rot13')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for name in ['UTF8', 'utf-16', 'Latin_1', 'cp1252', 'us-ascii', 'hex', 'rot13', 'U32']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding if hasattr(info, '_is_text_encoding') else '', type(info).__name__, len(info))

dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in 'é€'.encode()], repr(dec.decode(b'', final=True)))
dec16 = codecs.getincrementaldecoder('utf-16-le')()
print([dec16.decode(bytes([b])) for b in 'ab😀'.encode('utf-16-le')])
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b', final=True))
print(list(codecs.iterdecode([b'\xc3', b'\xa9x', b'\xe2\x82', b'\xac'], 'utf-8')), b''.join(codecs.iterencode(['a', 'é'], 'utf-16-be')))
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('utf-16-le')(b'a\x00'), codecs.utf_8_decode(b'\xc3\xa9\xc3'), codecs.utf_8_encode('é'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)

def handler(exc):
    return ('<%d>' % ord(exc.object[exc.start]), exc.end)
codecs.register_error('angle', handler)
print(codecs.lookup_error('angle') is handler, '中x'.encode('cp1252', 'angle'), codecs.lookup_error('strict').__name__)

def search(name):
    if name == 'myenc':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='myenc')
codecs.register(search)
print('abc'.encode('myenc'), b'XYZ'.decode('myenc'), codecs.lookup('myenc').name)
codecs.unregister(search)

buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('hé')
w.writelines(['1', '2'])
print(buf.getvalue())
r = codecs.getreader('utf-16-le')(io.BytesIO('line1\nline2\n'.encode('utf-16-le')))
print(r.readline(), r.read())
