// Start-up: create the builtin type objects in dependency order (type and object first, then
// str so that names can be made), the singletons, and register every type's methods.
import { registerIntMethods } from "./intmethods";
import * as K from "../generated/kernel";
import { AnyArr_new, Tuple_new, Type_new, Singleton_new, Bool_new, Str_new, Bytes_new } from "../generated/kernel";
import * as C from "../rt/core";
import { newBuiltinType, K_OBJECT, K_INT, K_BOOL, K_FLOAT, K_STR, K_TUPLE, K_LIST, K_DICT, K_SET, K_FROZENSET, K_TYPE, K_FIXED, K_BYTES, K_COMPLEX, K_EXC } from "./type";
import { dictNew } from "./dict";
import { registerStrMethods } from "./str";
import { registerListMethods } from "./list";
import { registerDictMethods } from "./dictmethods";
import { registerSetMethods } from "./set";
import { registerViews } from "./views";
import { registerBytes } from "./bytes";
import { registerFloatMethods } from "./floatmethods";
import { registerTupleMethods } from "./tuple";
import { registerRangeMethods } from "./range";
import { initNames } from "../rt/names";
import { initBuiltins } from "../builtins/builtins";
import { registerGeneratorMethods } from "./generator";

export function bootstrap(): void {
  C.sbInit();
  // type, object and str are created by hand: newBuiltinType needs T_type, T_tuple and T_str.
  const typeT = Type_new(null, null, null, null, null, dictNew(null), K_TYPE, 0, null, null);
  K.Obj_set_cls(typeT, typeT);
  const objectT = Type_new(typeT, null, null, null, null, dictNew(null), K_OBJECT, 0, null, null);
  const tupleT = Type_new(typeT, null, null, null, null, dictNew(null), K_TUPLE, 0, null, null);
  const strT = Type_new(typeT, null, null, null, null, dictNew(null), K_STR, 0, null, null);
  const dictT = Type_new(typeT, null, null, null, null, dictNew(null), K_DICT, 0, null, null);
  C.setCoreTypes(typeT, objectT, null, null, null, strT, tupleT, null, dictT, null);
  // dicts made before T_dict existed get their class now
  K.Obj_set_cls(K.Type_get_dict(typeT), dictT);
  K.Obj_set_cls(K.Type_get_dict(objectT), dictT);
  K.Obj_set_cls(K.Type_get_dict(tupleT), dictT);
  K.Obj_set_cls(K.Type_get_dict(strT), dictT);
  K.Obj_set_cls(K.Type_get_dict(dictT), dictT);
  const empty = Tuple_new(tupleT, AnyArr_new(0), 0);
  finishType(objectT, "object", empty, objectT, null);
  finishType(typeT, "type", objectT, typeT, objectT);
  finishType(tupleT, "tuple", objectT, tupleT, objectT);
  finishType(strT, "str", objectT, strT, objectT);
  finishType(dictT, "dict", objectT, dictT, objectT);
  const intT = newBuiltinType("int", objectT, K_INT);
  const boolT = newBuiltinType("bool", intT, K_FIXED);
  const floatT = newBuiltinType("float", objectT, K_FLOAT);
  const listT = newBuiltinType("list", objectT, K_LIST);
  const noneT = newBuiltinType("NoneType", objectT, K_FIXED);
  C.setCoreTypes(typeT, objectT, intT, boolT, floatT, strT, tupleT, listT, dictT, noneT);
  C.setMoreTypes(newBuiltinType("complex", objectT, K_COMPLEX), newBuiltinType("bytes", objectT, K_BYTES),
    newBuiltinType("bytearray", objectT, K_FIXED), newBuiltinType("set", objectT, K_SET), newBuiltinType("frozenset", objectT, K_FROZENSET),
    newBuiltinType("NotImplementedType", objectT, K_FIXED), newBuiltinType("ellipsis", objectT, K_FIXED),
    newBuiltinType("function", objectT, K_FIXED), newBuiltinType("builtin_function_or_method", objectT, K_FIXED),
    newBuiltinType("method", objectT, K_FIXED), newBuiltinType("cell", objectT, K_FIXED), newBuiltinType("code", objectT, K_FIXED));
  C.setOtherTypes(newBuiltinType("range", objectT, K_FIXED), newBuiltinType("slice", objectT, K_FIXED),
    newBuiltinType("module", objectT, K_OBJECT), newBuiltinType("traceback", objectT, K_FIXED),
    newBuiltinType("generator", objectT, K_FIXED), newBuiltinType("property", objectT, K_OBJECT),
    newBuiltinType("classmethod", objectT, K_OBJECT), newBuiltinType("staticmethod", objectT, K_OBJECT),
    newBuiltinType("iterator", objectT, K_FIXED), newBuiltinType("range_iterator", objectT, K_FIXED),
    newBuiltinType("object_state", objectT, K_FIXED));
  const none = Singleton_new(noneT, 0);
  const ni = Singleton_new(C.T_NotImplementedType, 1);
  const ell = Singleton_new(C.T_ellipsis, 2);
  C.setSingletons(none, Bool_new(boolT, 1), Bool_new(boolT, 0), ni, ell, empty, Str_new(strT, Bytes_new(0), 0, 0));
  initNames();
  registerStrMethods(strT);
  registerListMethods(listT);
  registerDictMethods(dictT);
  registerSetMethods();
  registerViews(dictT);
  initBuiltins();
  registerBytes();
  registerFloatMethods(C.T_float);
  registerTupleMethods(C.T_tuple);
  registerRangeMethods(C.T_range);
  registerGeneratorMethods();
  registerIntMethods(C.T_int);
}

function finishType(t: anyref, name: string, bases: anyref, self: anyref, base: anyref): void {
  const nm = C.strLit(name);
  K.Type_set_name(t, nm);
  K.Type_set_qualname(t, nm);
  let b = bases;
  if (K.Type_is(bases)) { const a = AnyArr_new(1); K.AnyArr_set(a, 0, bases); b = Tuple_new(C.T_tuple, a, 0); }
  K.Type_set_bases(t, b);
  const n = K.is_null(base) ? 1 : 2;
  const m = AnyArr_new(n);
  K.AnyArr_set(m, 0, self);
  if (n == 2) K.AnyArr_set(m, 1, base);
  K.Type_set_mro(t, Tuple_new(C.T_tuple, m, 0));
}
