// The one opcode table. scripts/gen.mjs generates from it the compiler's enum and stack-effect
// metadata (compiler/generated/opcodes.ts), the VM's constants and step costs
// (vm/generated/opcodes.ts), and the reference page docs/opcodes.md. The disassembler reads the
// generated metadata. Change a row → run `npm run gen` and bump VERSION if the encoding changed.
//
// Instruction word (32 bits, little-endian):   | arg: 24 bits | opcode: 8 bits |
// Formats: ''    no argument
//          'u'   unsigned 24-bit argument
//          's'   signed 24-bit argument (two's complement)
//          'J'   absolute jump target (word index into the code object)
//          'ab'  two 12-bit fields: a = arg & 0xfff, b = arg >> 12
// Stack effect: pop/push are numbers or expressions in `arg` (or `a`/`b` for 'ab').
// A jump row's `jpop`/`jpush` give the effect when the branch is taken (default: pop/push).
// cost: steps charged per execution (builtins charge more for their own work). The loop counts one
//   step per instruction of a straight run and charges the run when control leaves it (vm/interp.ts,
//   `meter`); an instruction with cost > 1 charges the rest itself (`extraCost` in its case).
// flags: 'jump' (arg is a target), 'term' (never falls through), 'raise' (may raise).

export const VERSION = 3;

export const opcodes = [
  // stack manipulation
  ['NOP', '', 0, 0, 1, '', 'do nothing'],
  ['POP_TOP', '', 1, 0, 1, '', 'pop TOS'],
  ['PUSH_NULL', '', 0, 1, 1, '', 'push NULL (marks a plain call: NULL, callable, args…)'],
  ['COPY', 'u', 'arg', 'arg+1', 1, '', 'push a copy of the arg-th item from the top (1 = TOS)'],
  ['SWAP', 'u', 'arg', 'arg', 1, '', 'swap TOS with the arg-th item from the top'],
  // constants and variables
  ['LOAD_CONST', 'u', 0, 1, 1, '', 'push consts[arg]'],
  ['LOAD_SMALL_INT', 's', 0, 1, 1, '', 'push the int arg'],
  ['LOAD_FAST', 'u', 0, 1, 1, 'raise', 'push local arg; UnboundLocalError if unset'],
  ['STORE_FAST', 'u', 1, 0, 1, '', 'local arg := TOS'],
  ['DELETE_FAST', 'u', 0, 0, 1, 'raise', 'unset local arg'],
  ['LOAD_DEREF', 'u', 0, 1, 1, 'raise', 'push the contents of cell slot arg'],
  ['STORE_DEREF', 'u', 1, 0, 1, '', 'cell slot arg contents := TOS'],
  ['DELETE_DEREF', 'u', 0, 0, 1, 'raise', 'empty cell slot arg'],
  ['LOAD_CLOSURE', 'u', 0, 1, 1, '', 'push the cell object in slot arg'],
  ['MAKE_CELL', 'u', 0, 0, 1, '', 'slot arg := new cell holding the slot\'s current value'],
  ['LOAD_GLOBAL', 'u', 0, 1, 1, 'raise', 'push global names[arg] (then builtins)'],
  ['STORE_GLOBAL', 'u', 1, 0, 1, '', 'global names[arg] := TOS'],
  ['DELETE_GLOBAL', 'u', 0, 0, 1, 'raise', 'delete global names[arg]'],
  ['LOAD_NAME', 'u', 0, 1, 1, 'raise', 'push names[arg] from locals, globals, builtins'],
  ['STORE_NAME', 'u', 1, 0, 1, 'raise', 'locals[names[arg]] := TOS'],
  ['DELETE_NAME', 'u', 0, 0, 1, 'raise', 'delete locals[names[arg]]'],
  ['LOAD_CLASSDEREF', 'u', 0, 1, 1, 'raise', 'class body: names from locals, else cell slot arg'],
  // attributes and items
  ['LOAD_ATTR', 'u', 1, 1, 2, 'raise', 'TOS := getattr(TOS, names[arg])'],
  ['STORE_ATTR', 'u', 2, 0, 2, 'raise', 'setattr(TOS, names[arg], TOS1)'],
  ['DELETE_ATTR', 'u', 1, 0, 2, 'raise', 'delattr(TOS, names[arg])'],
  ['LOAD_METHOD', 'u', 1, 2, 2, 'raise', 'TOS → (function, self) or (NULL, bound attribute)'],
  ['BINARY_SUBSCR', '', 2, 1, 1, 'raise', 'TOS := TOS1[TOS]'],
  ['STORE_SUBSCR', '', 3, 0, 1, 'raise', 'TOS1[TOS] := TOS2'],
  ['DELETE_SUBSCR', '', 2, 0, 1, 'raise', 'del TOS1[TOS]'],
  ['BUILD_SLICE', 'u', 'arg', 1, 1, '', 'push slice(TOS2?, TOS1, TOS) of arg (2|3) items'],
  // operators
  ['BINARY_OP', 'u', 2, 1, 1, 'raise', 'TOS := TOS1 <op arg> TOS (see BinOp in the compiler; +16 = in-place)'],
  ['UNARY_NEGATIVE', '', 1, 1, 1, 'raise', 'TOS := -TOS'],
  ['UNARY_POSITIVE', '', 1, 1, 1, 'raise', 'TOS := +TOS'],
  ['UNARY_INVERT', '', 1, 1, 1, 'raise', 'TOS := ~TOS'],
  ['UNARY_NOT', '', 1, 1, 1, 'raise', 'TOS := not TOS'],
  ['COMPARE_OP', 'u', 2, 1, 1, 'raise', 'TOS := TOS1 <cmp arg> TOS (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)'],
  ['IS_OP', 'u', 2, 1, 1, '', 'TOS := TOS1 is TOS (arg 1: is not)'],
  ['CONTAINS_OP', 'u', 2, 1, 1, 'raise', 'TOS := TOS1 in TOS (arg 1: not in)'],
  // building
  ['BUILD_TUPLE', 'u', 'arg', 1, 1, '', 'push a tuple of the top arg items'],
  ['BUILD_LIST', 'u', 'arg', 1, 1, '', 'push a list of the top arg items'],
  ['BUILD_SET', 'u', 'arg', 1, 1, 'raise', 'push a set of the top arg items'],
  ['BUILD_MAP', 'u', '2*arg', 1, 1, 'raise', 'push a dict of arg key/value pairs'],
  ['BUILD_CONST_KEY_MAP', 'u', 'arg+1', 1, 1, 'raise', 'push a dict of arg values keyed by the tuple TOS'],
  ['BUILD_STRING', 'u', 'arg', 1, 1, '', 'push the concatenation of the top arg strings'],
  ['LIST_APPEND', 'u', 1, 0, 1, '', 'append TOS to the list arg items below it (comprehensions)'],
  ['SET_ADD', 'u', 1, 0, 1, 'raise', 'add TOS to the set arg items below it'],
  ['MAP_ADD', 'u', 2, 0, 1, 'raise', 'set TOS1: TOS in the dict arg items below them'],
  ['LIST_EXTEND', 'u', 1, 0, 1, 'raise', 'extend the list arg items below TOS with TOS'],
  ['SET_UPDATE', 'u', 1, 0, 1, 'raise', 'update the set arg items below TOS with TOS'],
  ['DICT_UPDATE', 'u', 1, 0, 1, 'raise', 'update the dict arg items below TOS with TOS'],
  ['DICT_MERGE', 'u', 1, 0, 1, 'raise', 'as DICT_UPDATE, but duplicate keys raise (f(**a, **b))'],
  ['LIST_TO_TUPLE', '', 1, 1, 1, '', 'TOS := tuple(TOS)'],
  ['UNPACK_SEQUENCE', 'u', 1, 'arg', 1, 'raise', 'push the arg items of TOS, last first'],
  ['UNPACK_EX', 'ab', 1, 'a+b+1', 1, 'raise', 'a items before the starred list, b after'],
  ['FORMAT_VALUE', 'u', '1+(arg&4?1:0)', 1, 1, 'raise', 'format TOS (arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: spec on TOS)'],
  // control flow
  ['JUMP', 'J', 0, 0, 1, 'jump term', 'pc := arg'],
  ['POP_JUMP_IF_FALSE', 'J', 1, 0, 1, 'jump raise', 'pop TOS; if false, pc := arg'],
  ['POP_JUMP_IF_TRUE', 'J', 1, 0, 1, 'jump raise', 'pop TOS; if true, pc := arg'],
  ['POP_JUMP_IF_NONE', 'J', 1, 0, 1, 'jump', 'pop TOS; if None, pc := arg'],
  ['POP_JUMP_IF_NOT_NONE', 'J', 1, 0, 1, 'jump', 'pop TOS; if not None, pc := arg'],
  ['JUMP_IF_FALSE_OR_POP', 'J', 1, 0, 1, 'jump raise', 'if TOS false, pc := arg (keep TOS), else pop', 1, 1],
  ['JUMP_IF_TRUE_OR_POP', 'J', 1, 0, 1, 'jump raise', 'if TOS true, pc := arg (keep TOS), else pop', 1, 1],
  ['GET_ITER', '', 1, 1, 1, 'raise', 'TOS := iter(TOS)'],
  ['FOR_ITER', 'J', 1, 2, 1, 'jump raise', 'push next(TOS); when exhausted pop TOS and pc := arg', 1, 0],
  // calls and functions
  ['CALL', 'u', 'arg+2', 1, 2, 'raise', 'call: stack NULL|self-or-callable, callable|…, arg args'],
  ['CALL_KW', 'u', 'arg+3', 1, 2, 'raise', 'as CALL with a kwnames tuple on top; arg counts all args'],
  ['CALL_FUNCTION_EX', 'u', '3+(arg&1)', 1, 2, 'raise', 'call NULL, f, args tuple[, kwargs dict if arg&1]'],
  ['MAKE_FUNCTION', 'u', '1+(arg&1?1:0)+(arg&2?1:0)+(arg&4?1:0)+(arg&8?1:0)', 1, 1, '', 'function from code TOS; arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure'],
  ['RETURN_VALUE', '', 1, 0, 1, 'term', 'return TOS to the caller'],
  ['LOAD_BUILD_CLASS', '', 0, 1, 1, '', 'push __build_class__'],
  ['SETUP_ANNOTATIONS', '', 0, 0, 1, '', 'create __annotations__ in the local namespace'],
  // exceptions
  ['RAISE_VARARGS', 'u', 'arg', 0, 1, 'term raise', 'raise (0: re-raise current; 1: TOS; 2: TOS1 from TOS)'],
  ['RERAISE', '', 1, 0, 1, 'term raise', 'raise TOS again, keeping its traceback'],
  ['PUSH_EXC_INFO', '', 1, 2, 1, '', 'exc → previous exc_info, exc; exc_info := exc'],
  ['POP_EXCEPT', '', 1, 0, 1, '', 'exc_info := TOS (the previous one); pop'],
  ['CHECK_EXC_MATCH', '', 2, 2, 1, 'raise', 'TOS := isinstance(TOS1, TOS) for except clauses (keeps TOS1)'],
  ['LOAD_ASSERTION_ERROR', '', 0, 1, 1, '', 'push AssertionError'],
  ['BEFORE_WITH', '', 1, 2, 2, 'raise', 'TOS → bound __exit__, result of __enter__()'],
  ['WITH_EXCEPT_START', '', 3, 4, 2, 'raise', 'exit, prev, exc → exit, prev, exc, exit(type, exc, tb)'],
  // imports
  ['IMPORT_NAME', 'u', 2, 1, 5, 'raise', 'import names[arg] (TOS fromlist, TOS1 level)'],
  ['IMPORT_FROM', 'u', 1, 2, 2, 'raise', 'push getattr(TOS, names[arg]) (keeps the module)'],
  ['IMPORT_STAR', '', 1, 0, 5, 'raise', 'import * from the module TOS'],
  // generators
  ['RETURN_GENERATOR', '', 0, 0, 1, 'term', 'turn this call into a generator object and return it'],
  ['YIELD_VALUE', '', 1, 1, 1, '', 'suspend, yielding TOS; resume with the sent value'],
  ['GET_YIELD_FROM_ITER', '', 1, 1, 1, 'raise', 'TOS := iter(TOS) for yield from'],
  ['SEND', 'J', 2, 2, 1, 'jump raise', 'receiver, value → receiver, yielded; when done pop and push the result, pc := arg', 2, 1],
  ['GEN_START', '', 0, 0, 1, '', 'first instruction of a generator body'],
  // pattern matching
  ['GET_LEN', '', 1, 2, 1, 'raise', 'push len(TOS)'],
  ['MATCH_MAPPING', '', 1, 2, 1, '', 'push whether TOS is a mapping'],
  ['MATCH_SEQUENCE', '', 1, 2, 1, '', 'push whether TOS is a sequence for match'],
  ['MATCH_KEYS', '', 2, 3, 1, 'raise', 'push a tuple of values for keys TOS in mapping TOS1, or None'],
  ['MATCH_CLASS', 'u', 3, 1, 2, 'raise', 'match class TOS1 with arg positional and TOS keyword patterns against TOS2'],
  // module/REPL
  ['PRINT_EXPR', '', 1, 0, 1, 'raise', 'REPL: print repr(TOS) if not None'],
  ['DELETE_SUBSCR_SLICE', '', 0, 0, 1, '', 'reserved'],
  // coroutines (async/await)
  ['GET_AWAITABLE', 'u', 1, 1, 1, 'raise', 'TOS := the iterator of awaitable TOS (arg: 0 await, 1 after __aenter__, 2 after __aexit__, for messages)'],
  ['GET_AITER', '', 1, 1, 1, 'raise', 'TOS := TOS.__aiter__() (async for)'],
  ['GET_ANEXT', '', 1, 2, 1, 'raise', 'push the awaitable of TOS.__anext__() (keeps the async iterator)'],
  ['END_ASYNC_FOR', '', 2, 0, 1, 'raise', 'aiter, exc: StopAsyncIteration pops both (loop done); anything else is re-raised'],
  ['BEFORE_ASYNC_WITH', '', 1, 2, 2, 'raise', 'TOS → bound __aexit__, the awaitable __aenter__()'],
  ['ASYNC_GEN_WRAP', '', 1, 1, 1, '', 'TOS := TOS wrapped as a value yielded by an async generator (before YIELD_VALUE)'],
  // except*
  ['CHECK_EG_MATCH', '', 2, 2, 1, 'raise', 'exc, type → rest, match (match None: no match, stack keeps exc, None); exc_info := match'],
  ['PREP_RERAISE_STAR', '', 2, 1, 1, 'raise', 'orig, list of raised/re-raised → the exception to re-raise, or None'],
];

// Superinstructions: VM-internal opcodes (numbered after the table above, never in an image) that
// the loader writes over the first word of a frequent pair or triple (vm/loader.ts `fuse`; triples
// first). The other words stay as they were, so a jump to one still runs it alone; the fused
// instruction reads their arguments and skips them. Metering counts instruction positions, so a
// fused run still costs the steps of its instructions. A fused instruction may also do only the
// first part when its fast case does not apply (COMPARE_OP__POP_JUMP_*: COMPARE_OP alone, the jump
// then runs by itself); a triple ending in BINARY_OP/BINARY_SUBSCR pushes its operands and goes on
// in that instruction's case.
// Columns: name, instructions, doc.
export const superinstructions = [
  ['LOAD_FAST__LOAD_FAST', ['LOAD_FAST', 'LOAD_FAST'], 'push two locals'],
  ['LOAD_FAST__LOAD_SMALL_INT', ['LOAD_FAST', 'LOAD_SMALL_INT'], 'push a local and a small int'],
  ['STORE_FAST__LOAD_FAST', ['STORE_FAST', 'LOAD_FAST'], 'store TOS in a local, push a local'],
  ['LOAD_FAST__LOAD_ATTR', ['LOAD_FAST', 'LOAD_ATTR'], 'push an attribute of a local'],
  ['COMPARE_OP__POP_JUMP_IF_FALSE', ['COMPARE_OP', 'POP_JUMP_IF_FALSE'], 'compare two small ints and branch (else COMPARE_OP alone)'],
  ['COMPARE_OP__POP_JUMP_IF_TRUE', ['COMPARE_OP', 'POP_JUMP_IF_TRUE'], 'compare two small ints and branch (else COMPARE_OP alone)'],
  ['STORE_FAST__STORE_FAST', ['STORE_FAST', 'STORE_FAST'], 'store two locals (unpacking)'],
  ['FOR_ITER__STORE_FAST', ['FOR_ITER', 'STORE_FAST'], 'FOR_ITER storing the next item straight into a local'],
  ['COPY__COPY', ['COPY', 'COPY'], 'two COPYs (x[i] op= y: COPY 2, COPY 2)'],
  ['SWAP__SWAP', ['SWAP', 'SWAP'], 'two SWAPs (x[i] op= y: SWAP 3, SWAP 2)'],
  ['BINARY_OP__STORE_FAST', ['BINARY_OP', 'STORE_FAST'], 'int/float + - * into a local (else BINARY_OP alone)'],
  ['LOAD_FAST__LOAD_FAST__BINARY_OP', ['LOAD_FAST', 'LOAD_FAST', 'BINARY_OP'], 'local <op> local'],
  ['LOAD_FAST__LOAD_SMALL_INT__BINARY_OP', ['LOAD_FAST', 'LOAD_SMALL_INT', 'BINARY_OP'], 'local <op> small int'],
  ['LOAD_FAST__LOAD_SMALL_INT__BINARY_SUBSCR', ['LOAD_FAST', 'LOAD_SMALL_INT', 'BINARY_SUBSCR'], 'local[small int]'],
];
