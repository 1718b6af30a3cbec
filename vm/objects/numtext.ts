// The text of a number as int(), float() and complex() read it from a str: CPython first
// rewrites Unicode decimal digits to ASCII and Unicode spaces to ' '
// (_PyUnicode_TransformDecimalAndSpaceToASCII), so int('٣١') == 31 and float('١.٢') == 1.2.
import * as K from "../generated/kernel";
import { sbLen, sbByte, sbTakeStr } from "../rt/core";
import { strLen, decodeAt, utf8SeqLen } from "./str";
import { decimalValue, isSpaceCp } from "./unicode";

/** s with decimal digits and spaces made ASCII (other non-ASCII characters become '?', which never parses); s itself when it is ASCII. */
export function asciiNumeric(s: anyref): anyref {
  const d = K.Str_get_data(s);
  const nb = K.Bytes_len(d);
  if (<i32>strLen(s) == nb) return s;
  const m = sbLen;
  let i = 0;
  while (i < nb) {
    const cp = decodeAt(d, i);
    i += utf8SeqLen(K.Bytes_get(d, i));
    if (cp < 128) { sbByte(cp); continue; }
    const dv = decimalValue(cp);
    sbByte(dv >= 0 ? 48 + dv : isSpaceCp(cp) ? 32 : 63);
  }
  return sbTakeStr(m);
}
