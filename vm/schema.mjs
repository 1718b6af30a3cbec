// The one schema of Python object layouts. scripts/gen.mjs turns it into the WasmGC kernel
// (vm/generated/kernel.wat) and its AssemblyScript declarations (vm/generated/kernel.ts).
//
// Every Python-visible heap object is a struct that extends `Obj`, whose first field is the
// object's Python class (`cls`). Small ints (-2**30 .. 2**30-1) are i31ref and carry no class.
// Field types: i32 i64 f64 (numbers), `any` (anyref), or the name of another struct/array type
// (stored as a typed nullable ref, so binaryen can drop casts after inlining). A leading `mut `
// makes a field settable. Accessors generated per struct T:
//   T_new(fields...)  T_is(x)  T_get_f(x)  T_set_f(x, v) (mutable fields only)
// A third element 'hidden' keeps a field out of T_new's parameters (it starts as 0 / null): the
// memory tracer's `mark`, and Frame.outer (the frame that was running when a nested dispatch loop
// started; see vm/rt/mem.ts). Every ref field is traced by the generated mem_* code, so a new field
// is counted by the memory budget automatically.
// Arrays: A_new(len) A_len(a) A_get(a,i) A_set(a,i,v) A_copy(dst,di,src,si,n) A_fill(a,i,v,n).

export const arrays = {
  AnyArr: 'any',     // array (mut anyref): tuple/list items, frame slots, dict entries
  Bytes: 'i8',       // array (mut i8): str (UTF-8) and bytes payloads
  I32Arr: 'i32',     // array (mut i32): dict hash index, big-int limbs
  F64Arr: 'f64',
};

// Order matters only for readability; Obj must come first.
export const structs = {
  Obj: { fields: [['cls', 'Type'], ['mut mark', 'i32', 'hidden'], ['mut oid', 'i32', 'hidden']], doc: 'root of every Python heap object; `mark` is the memory tracer\'s epoch (docs/budgets.md); `oid` is the identity number given on first id()/hash() (0 = none yet)' },
  Type: { extends: 'Obj', doc: 'a Python class',
    fields: [['name', 'mut Str'], ['qualname', 'mut Str'], ['bases', 'mut Tuple'], ['mro', 'mut Tuple'],
             ['dict', 'Dict'], ['kind', 'i32'], ['mut flags', 'i32'], ['module', 'mut any'], ['slots', 'mut any']] },
  Int: { extends: 'Obj', fields: [['val', 'i64']], doc: 'int outside the i31 range' },
  BigInt: { extends: 'Obj', fields: [['sign', 'i32'], ['limbs', 'I32Arr']], doc: 'int beyond i64: sign (-1,0,1) and base-2**32 magnitude limbs, little-endian' },
  Bool: { extends: 'Obj', fields: [['val', 'i32']] },
  Float: { extends: 'Obj', fields: [['val', 'f64']] },
  Complex: { extends: 'Obj', fields: [['re', 'f64'], ['im', 'f64']] },
  Str: { extends: 'Obj', fields: [['mut data', 'Bytes'], ['len', 'i32'], ['mut hash', 'i64'], ['mut buf', 'StrBuf', 'hidden'], ['mut nb', 'i32', 'hidden'], ['mut pre', 'i64', 'hidden']],
    doc: "UTF-8 data; len counts code points (== data length iff ASCII); hash: CPython's 64-bit str hash, 0 = not yet computed. A str made by `+=` (strAppend in vm/objects/str.ts) starts with data = null and its bytes as the first `nb` bytes of the shared append buffer `buf`; Str_get_data makes the exact-length copy on first read (kernel), so readers never see the buffer. pre: the first 8 bytes, big-endian, zero-padded (set by Str_new; strInBuf for += results), so most comparisons need not reach the bytes" },
  StrBuf: { fields: [['mut data', 'Bytes'], ['mut used', 'i32'], ['mut mark', 'i32', 'hidden']],
    doc: "append buffer shared by a chain of `s += t` results (not Python-visible): data has spare capacity; used = byte length of the newest str in the chain, the only one that may append in place" },
  BytesObj: { extends: 'Obj', fields: [['data', 'Bytes'], ['mut hash', 'i64']] },
  ByteArray: { extends: 'Obj', fields: [['mut data', 'Bytes'], ['mut len', 'i32']] },
  Tuple: { extends: 'Obj', fields: [['items', 'AnyArr'], ['mut hash', 'i32']] },
  List: { extends: 'Obj', fields: [['mut items', 'AnyArr'], ['mut len', 'i32']] },
  Dict: { extends: 'Obj', doc: 'compact insertion-ordered hash table (see vm/objects/dict.ts); attrs = instance __dict__ of a dict subclass',
    fields: [['mut keys', 'AnyArr'], ['mut vals', 'AnyArr'], ['mut hashes', 'I32Arr'], ['mut index', 'I32Arr'],
             ['mut used', 'i32'], ['mut count', 'i32'], ['mut version', 'i32'], ['mut attrs', 'Dict']] },
  Set: { extends: 'Obj', doc: "set/frozenset: CPython's open-addressing table (vm/objects/set.ts); keys[i] null = unused slot; hashes holds two i32 halves per slot",
    fields: [['mut keys', 'AnyArr'], ['mut hashes', 'I32Arr'], ['mut fill', 'i32'], ['mut used', 'i32'], ['mut finger', 'i32'], ['frozen', 'i32'], ['mut hash', 'i64']] },
  Singleton: { extends: 'Obj', fields: [['id', 'i32']], doc: 'None, NotImplemented, Ellipsis' },
  Inst: { extends: 'Obj', fields: [['mut dict', 'Dict']], doc: 'instance of a user class with object as its builtin base' },
  Exc: { extends: 'Obj', doc: 'BaseException and subclasses',
    fields: [['mut args', 'Tuple'], ['mut dict', 'Dict'], ['mut tb', 'Traceback'], ['mut cause', 'any'], ['mut context', 'any'], ['mut suppress', 'i32']] },
  Traceback: { extends: 'Obj', fields: [['next', 'Traceback'], ['code', 'Code'], ['line', 'i32'], ['pc', 'i32']], doc: 'linked list, innermost frame last; pc locates the columns (line table)' },
  Code: { extends: 'Obj', doc: 'a compiled function body; bytecode words stay in linear memory at `base`; `free` the frames of returned calls kept for the next calls (a list through Frame.back; vm/frame.ts callFrame), `cache` the inline caches, one IC per instruction (vm/icache.ts)',
    fields: [['base', 'i32'], ['nwords', 'i32'], ['consts', 'AnyArr'], ['names', 'AnyArr'], ['varnames', 'AnyArr'],
             ['argcount', 'i32'], ['posonly', 'i32'], ['kwonly', 'i32'], ['flags', 'i32'], ['nlocals', 'i32'],
             ['ncells', 'i32'], ['nfree', 'i32'], ['stacksize', 'i32'], ['name', 'Str'], ['qualname', 'Str'],
             ['filename', 'Str'], ['firstline', 'i32'], ['lines', 'i32'], ['nlines', 'i32'], ['exc', 'i32'], ['nexc', 'i32'],
             ['cellnames', 'AnyArr'], ['mut free', 'Frame', 'hidden'], ['mut cache', 'AnyArr', 'hidden']] },
  Func: { extends: 'Obj', fields: [['code', 'Code'], ['globals', 'Dict'], ['mut defaults', 'Tuple'], ['mut kwdefaults', 'Dict'],
             ['closure', 'Tuple'], ['mut name', 'Str'], ['mut qualname', 'Str'], ['mut dict', 'Dict'], ['mut doc', 'any'], ['mut annotations', 'any'], ['mut module', 'any']] },
  Builtin: { extends: 'Obj', fields: [['id', 'i32'], ['name', 'Str'], ['self', 'any'], ['mut owner', 'any', 'hidden']], doc: 'native function; id selects the implementation' },
  Method: { extends: 'Obj', fields: [['func', 'any'], ['self', 'any']], doc: 'bound method' },
  Cell: { extends: 'Obj', fields: [['mut val', 'any']] },
  Range: { extends: 'Obj', fields: [['start', 'i64'], ['stop', 'i64'], ['step', 'i64'], ['len', 'i64']] },
  Slice: { extends: 'Obj', fields: [['start', 'any'], ['stop', 'any'], ['step', 'any']] },
  RangeIter: { extends: 'Obj', fields: [['mut cur', 'i64'], ['step', 'i64'], ['mut left', 'i64']] },
  SeqIter: { extends: 'Obj', fields: [['mut seq', 'any'], ['mut idx', 'i32']], doc: 'iterator over list/tuple/str/dict views; seq null when exhausted' },
  Frame: { doc: 'a Python call frame on the GC heap (not Python-visible); slots = locals, cells, then the value stack',
    fields: [['code', 'Code'], ['mut func', 'Func'], ['slots', 'AnyArr'], ['mut globals', 'Dict'], ['mut locals', 'any'],
             ['mut pc', 'i32'], ['mut sp', 'i32'], ['mut back', 'Frame'], ['mut excinfo', 'any'], ['mut flags', 'i32'], ['mut gen', 'any'],
             ['mut mark', 'i32', 'hidden'], ['mut outer', 'Frame', 'hidden']] },
  IC: { doc: 'an inline cache entry of one instruction (vm/icache.ts); the meaning of the fields depends on the opcode; next: more entries of a polymorphic site',
    fields: [['mut a', 'any'], ['mut b', 'any'], ['mut i', 'i32'], ['mut j', 'i32'], ['mut k', 'i32'], ['mut next', 'IC', 'hidden'], ['mut mark', 'i32', 'hidden']] },
  Gen: { extends: 'Obj', fields: [['mut frame', 'Frame'], ['mut state', 'i32'], ['name', 'Str'], ['qualname', 'Str'], ['mut aflags', 'i32', 'hidden']], doc: 'generator/coroutine/async generator: a suspended frame; aflags: async generator running (1) / closed (2)' },
  Module: { extends: 'Obj', fields: [['dict', 'Dict'], ['name', 'Str']] },
  Prop: { extends: 'Obj', fields: [['fget', 'any'], ['fset', 'any'], ['fdel', 'any'], ['mut doc', 'any']], doc: 'property, classmethod (fget only), staticmethod (fget only), distinguished by cls' },
  Wrap: { extends: 'Obj', fields: [['mut a', 'any'], ['mut b', 'any'], ['mut c', 'any'], ['mut n', 'i64']], doc: 'generic native state: enumerate/zip/map/filter/reversed/views/super' },
};
