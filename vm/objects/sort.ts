// Stable sorting of an AnyArr, used by list.sort and sorted(): CPython 3.11's listsort (timsort
// with the powersort merge policy), so that the sequence of `<` comparisons -- observable through
// __lt__ side effects, comparison counts and which operands a failing comparison names -- is the
// same as CPython's: count_run, binary insertion up to minrun, powerloop-ordered merges,
// merge_lo/merge_hi with adaptive galloping (min_gallop starts at 7). reverse=True reverses the
// input first and the result after (CPython's trick for keeping it stable). With a key function,
// keys are computed once, up front, and moved alongside the items. A failed comparison aborts the
// sort and leaves the array permuted but complete, as CPython's does. Charging of steps for
// comparisons is in ops.lessThan.
import { AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_copy, AnyArr_len, is_null } from "../generated/kernel";
import { lessThan } from "../ops";
import { callObject1 } from "../interp";

const MIN_GALLOP: i32 = 7;
// state of the sort in progress (natives do not re-enter a sort while it holds these: a nested
// sort from __lt__ saves and restores them in sortArray)
let K: anyref = null;    // keys (the items themselves without a key function)
let V: anyref = null;    // the items when sorting by key, else null
let TK: anyref = null;   // temporary run copies
let TV: anyref = null;
let minGallop: i32 = MIN_GALLOP;
let runBase = new StaticArray<i32>(88);
let runLen = new StaticArray<i32>(88);
let runPower = new StaticArray<i32>(88);
let nRuns: i32 = 0;

/** copy n key (and value) slots; arrays are K/V or TK/TV pairs; overlapping ranges are fine */
function cp(dk: anyref, dv: anyref, di: i32, sk: anyref, sv: anyref, si: i32, n: i32): void {
  if (n <= 0) return;
  AnyArr_copy(dk, di, sk, si, n);
  if (!is_null(V)) AnyArr_copy(dv, di, sv, si, n);
}
function ensureTemp(n: i32): void {
  if (is_null(TK) || AnyArr_len(TK) < n) {
    TK = AnyArr_new(n);
    TV = is_null(V) ? null : AnyArr_new(n);
  }
}
function reverseSlice(lo: i32, hi: i32): void {
  hi--;
  while (lo < hi) {
    const t = AnyArr_get(K, lo); AnyArr_set(K, lo, AnyArr_get(K, hi)); AnyArr_set(K, hi, t);
    if (!is_null(V)) { const u = AnyArr_get(V, lo); AnyArr_set(V, lo, AnyArr_get(V, hi)); AnyArr_set(V, hi, u); }
    lo++; hi--;
  }
}

/** length of the run starting at lo (< hi): n for an ascending run, -n for a strictly descending
 * one (returned, not kept in a global: comparisons may run a nested sort), 0 on error */
function countRun(lo: i32, hi: i32): i32 {
  lo++;
  if (lo == hi) return 1;
  let n = 2;
  const r = lessThan(AnyArr_get(K, lo), AnyArr_get(K, lo - 1));
  if (r < 0) return 0;
  if (r) {
    for (lo = lo + 1; lo < hi; lo++, n++) {
      const c = lessThan(AnyArr_get(K, lo), AnyArr_get(K, lo - 1));
      if (c < 0) return 0;
      if (!c) break;
    }
    return -n;
  }
  for (lo = lo + 1; lo < hi; lo++, n++) {
    const c = lessThan(AnyArr_get(K, lo), AnyArr_get(K, lo - 1));
    if (c < 0) return 0;
    if (c) break;
  }
  return n;
}

/** binary insertion sort of [lo, hi), whose prefix [lo, start) is already sorted */
function binarySort(lo: i32, hi: i32, start: i32): bool {
  if (lo == start) start++;
  for (; start < hi; start++) {
    let l = lo, r = start;
    const pivot = AnyArr_get(K, r);
    const pv: anyref = is_null(V) ? null : AnyArr_get(V, r);
    do {
      const p = l + ((r - l) >> 1);
      const c = lessThan(pivot, AnyArr_get(K, p));
      if (c < 0) return false;
      if (c) r = p; else l = p + 1;
    } while (l < r);
    cp(K, V, l + 1, K, V, l, start - l);
    AnyArr_set(K, l, pivot);
    if (!is_null(V)) AnyArr_set(V, l, pv);
  }
  return true;
}

/** leftmost position in arr[base .. base+n) where key belongs (galloping from hint); -1 on error */
function gallopLeft(key: anyref, arr: anyref, base: i32, n: i32, hint: i32): i32 {
  let lastofs = 0, ofs = 1;
  const c0 = lessThan(AnyArr_get(arr, base + hint), key);
  if (c0 < 0) return -1;
  if (c0) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      const c = lessThan(AnyArr_get(arr, base + hint + ofs), key);
      if (c < 0) return -1;
      if (!c) break;
      lastofs = ofs; ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;   // overflow
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint; ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      const c = lessThan(AnyArr_get(arr, base + hint - ofs), key);
      if (c < 0) return -1;
      if (c) break;
      lastofs = ofs; ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs; lastofs = hint - ofs; ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    const c = lessThan(AnyArr_get(arr, base + m), key);
    if (c < 0) return -1;
    if (c) lastofs = m + 1; else ofs = m;
  }
  return ofs;
}
/** rightmost position in arr[base .. base+n) where key belongs; -1 on error */
function gallopRight(key: anyref, arr: anyref, base: i32, n: i32, hint: i32): i32 {
  let lastofs = 0, ofs = 1;
  const c0 = lessThan(key, AnyArr_get(arr, base + hint));
  if (c0 < 0) return -1;
  if (c0) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      const c = lessThan(key, AnyArr_get(arr, base + hint - ofs));
      if (c < 0) return -1;
      if (!c) break;
      lastofs = ofs; ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs; lastofs = hint - ofs; ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      const c = lessThan(key, AnyArr_get(arr, base + hint + ofs));
      if (c < 0) return -1;
      if (c) break;
      lastofs = ofs; ofs = (ofs << 1) + 1;
      if (ofs <= 0) ofs = maxofs;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint; ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    const c = lessThan(key, AnyArr_get(arr, base + m));
    if (c < 0) return -1;
    if (c) ofs = m; else lastofs = m + 1;
  }
  return ofs;
}

/** merge the runs [pa, pa+na) and [pb, pb+nb) (pb == pa+na, na <= nb), the first copied to temp */
function mergeLo(pa: i32, na: i32, pb: i32, nb: i32): bool {
  ensureTemp(na);
  cp(TK, TV, 0, K, V, pa, na);
  let ia = 0, dest = pa;
  let ok = true;
  cp(K, V, dest, K, V, pb, 1); dest++; pb++; nb--;
  if (nb == 0) { cp(K, V, dest, TK, TV, ia, na); return true; }
  if (na == 1) { cp(K, V, dest, K, V, pb, nb); cp(K, V, dest + nb, TK, TV, ia, 1); return true; }
  let mg = minGallop;
  let fin = false;
  while (!fin) {
    let acount = 0, bcount = 0;
    // one at a time until one run wins min_gallop times in a row
    while (true) {
      const c = lessThan(AnyArr_get(K, pb), AnyArr_get(TK, ia));
      if (c < 0) { ok = false; fin = true; break; }
      if (c) {
        cp(K, V, dest, K, V, pb, 1); dest++; pb++; bcount++; acount = 0; nb--;
        if (nb == 0) { fin = true; break; }
        if (bcount >= mg) break;
      } else {
        cp(K, V, dest, TK, TV, ia, 1); dest++; ia++; acount++; bcount = 0; na--;
        if (na == 1) { cp(K, V, dest, K, V, pb, nb); cp(K, V, dest + nb, TK, TV, ia, 1); return true; }
        if (acount >= mg) break;
      }
    }
    if (fin) break;
    // galloping
    mg++;
    do {
      if (mg > 1) mg--;
      minGallop = mg;
      let k = gallopRight(AnyArr_get(K, pb), TK, ia, na, 0);
      if (k < 0) { ok = false; fin = true; break; }
      acount = k;
      if (k) {
        cp(K, V, dest, TK, TV, ia, k); dest += k; ia += k; na -= k;
        if (na == 1) { cp(K, V, dest, K, V, pb, nb); cp(K, V, dest + nb, TK, TV, ia, 1); return true; }
        if (na == 0) { fin = true; break; }
      }
      cp(K, V, dest, K, V, pb, 1); dest++; pb++; nb--;
      if (nb == 0) { fin = true; break; }
      k = gallopLeft(AnyArr_get(TK, ia), K, pb, nb, 0);
      if (k < 0) { ok = false; fin = true; break; }
      bcount = k;
      if (k) {
        cp(K, V, dest, K, V, pb, k); dest += k; pb += k; nb -= k;
        if (nb == 0) { fin = true; break; }
      }
      cp(K, V, dest, TK, TV, ia, 1); dest++; ia++; na--;
      if (na == 1) { cp(K, V, dest, K, V, pb, nb); cp(K, V, dest + nb, TK, TV, ia, 1); return true; }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    if (fin) break;
    mg++;
    minGallop = mg;
  }
  // done, or a comparison failed: what is left of the first run goes back in place
  if (na) cp(K, V, dest, TK, TV, ia, na);
  return ok;
}

/** merge the runs [pa, pa+na) and [pb, pb+nb) (na > nb) from the right, the second copied to temp */
function mergeHi(pa: i32, na: i32, pb: i32, nb: i32): bool {
  ensureTemp(nb);
  cp(TK, TV, 0, K, V, pb, nb);
  let dest = pb + nb - 1, ib = nb - 1, ia = pa + na - 1;
  let ok = true;
  cp(K, V, dest, K, V, ia, 1); dest--; ia--; na--;
  if (na == 0) { cp(K, V, dest - (nb - 1), TK, TV, 0, nb); return true; }
  if (nb == 1) { copyA(dest, ia, na, ib); return true; }
  let mg = minGallop;
  let fin = false;
  while (!fin) {
    let acount = 0, bcount = 0;
    while (true) {
      const c = lessThan(AnyArr_get(TK, ib), AnyArr_get(K, ia));
      if (c < 0) { ok = false; fin = true; break; }
      if (c) {
        cp(K, V, dest, K, V, ia, 1); dest--; ia--; acount++; bcount = 0; na--;
        if (na == 0) { fin = true; break; }
        if (acount >= mg) break;
      } else {
        cp(K, V, dest, TK, TV, ib, 1); dest--; ib--; bcount++; acount = 0; nb--;
        if (nb == 1) { copyA(dest, ia, na, ib); return true; }
        if (bcount >= mg) break;
      }
    }
    if (fin) break;
    mg++;
    do {
      if (mg > 1) mg--;
      minGallop = mg;
      let k = gallopRight(AnyArr_get(TK, ib), K, pa, na, na - 1);
      if (k < 0) { ok = false; fin = true; break; }
      k = na - k;
      acount = k;
      if (k) {
        dest -= k; ia -= k;
        cp(K, V, dest + 1, K, V, ia + 1, k);
        na -= k;
        if (na == 0) { fin = true; break; }
      }
      cp(K, V, dest, TK, TV, ib, 1); dest--; ib--; nb--;
      if (nb == 1) { copyA(dest, ia, na, ib); return true; }
      k = gallopLeft(AnyArr_get(K, ia), TK, 0, nb, nb - 1);
      if (k < 0) { ok = false; fin = true; break; }
      k = nb - k;
      bcount = k;
      if (k) {
        dest -= k; ib -= k;
        cp(K, V, dest + 1, TK, TV, ib + 1, k);
        nb -= k;
        if (nb == 1) { copyA(dest, ia, na, ib); return true; }
        if (nb == 0) { fin = true; break; }
      }
      cp(K, V, dest, K, V, ia, 1); dest--; ia--; na--;
      if (na == 0) { fin = true; break; }
    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
    if (fin) break;
    mg++;
    minGallop = mg;
  }
  // what is left of the second run (temp[0 .. nb)) goes back in place
  if (nb) cp(K, V, dest - (nb - 1), TK, TV, 0, nb);
  return ok;
}
/** merge_hi's ending when one item of the second run is left: it goes before the rest of the first */
function copyA(dest: i32, ia: i32, na: i32, ib: i32): void {
  cp(K, V, dest - na + 1, K, V, ia - na + 1, na);
  cp(K, V, dest - na, TK, TV, ib, 1);
}

/** merge pending runs i and i+1 */
function mergeAt(i: i32): bool {
  let pa = unchecked(runBase[i]), na = unchecked(runLen[i]);
  const pb = unchecked(runBase[i + 1]);
  let nb = unchecked(runLen[i + 1]);
  unchecked(runLen[i] = na + nb);
  if (i == nRuns - 3) {
    unchecked(runBase[i + 1] = runBase[i + 2]); unchecked(runLen[i + 1] = runLen[i + 2]); unchecked(runPower[i + 1] = runPower[i + 2]);
  }
  nRuns--;
  // where does b start in a? items of a before that are already in place
  const k = gallopRight(AnyArr_get(K, pb), K, pa, na, 0);
  if (k < 0) return false;
  pa += k; na -= k;
  if (na == 0) return true;
  // where does a end in b? items of b after that are already in place
  nb = gallopLeft(AnyArr_get(K, pa + na - 1), K, pb, nb, nb - 1);
  if (nb < 0) return false;
  if (nb == 0) return true;
  return na <= nb ? mergeLo(pa, na, pb, nb) : mergeHi(pa, na, pb, nb);
}

/** the powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in n items */
function powerloop(s1: i32, n1: i32, n2: i32, n: i32): i32 {
  let result = 0;
  let a: i64 = 2 * <i64>s1 + n1, b: i64 = a + n1 + n2;
  while (true) {
    result++;
    if (a >= n) { a -= n; b -= n; }
    else if (b >= n) break;
    a <<= 1; b <<= 1;
  }
  return result;
}

function timsort(n: i32): bool {
  if (n < 2) return true;
  nRuns = 0;
  minGallop = MIN_GALLOP;
  let nn = n, r = 0;
  while (nn >= 64) { r |= nn & 1; nn >>= 1; }
  const minrun = nn + r;
  let lo = 0, rem = n;
  while (rem > 0) {
    let k = countRun(lo, lo + rem);
    if (k == 0) return false;
    if (k < 0) { k = -k; reverseSlice(lo, lo + k); }
    if (k < minrun) {
      const force = rem <= minrun ? rem : minrun;
      if (!binarySort(lo, lo + force, lo + k)) return false;
      k = force;
    }
    if (nRuns > 0) {
      const power = powerloop(unchecked(runBase[nRuns - 1]), unchecked(runLen[nRuns - 1]), k, n);
      while (nRuns > 1 && unchecked(runPower[nRuns - 2]) > power) {
        if (!mergeAt(nRuns - 2)) return false;
      }
      unchecked(runPower[nRuns - 1] = power);
    }
    unchecked(runBase[nRuns] = lo); unchecked(runLen[nRuns] = k); unchecked(runPower[nRuns] = 0);
    nRuns++;
    lo += k; rem -= k;
  }
  while (nRuns > 1) {
    let i = nRuns - 2;
    if (i > 0 && unchecked(runLen[i - 1]) < unchecked(runLen[i + 1])) i--;
    if (!mergeAt(i)) return false;
  }
  return true;
}

/** sort keys (and vals alongside, when not null) in place, saving and restoring the sort state */
function sortPair(keys: anyref, vals: anyref, n: i32, reverse: bool): bool {
  const sK = K, sV = V, sTK = TK, sTV = TV, sMG = minGallop, sN = nRuns;
  const sB = runBase, sL = runLen, sP = runPower;
  if (!is_null(sK)) { runBase = new StaticArray<i32>(88); runLen = new StaticArray<i32>(88); runPower = new StaticArray<i32>(88); }
  K = keys; V = vals; TK = null; TV = null;
  if (reverse && n > 1) reverseSlice(0, n);
  const ok = timsort(n);
  if (reverse && n > 1) reverseSlice(0, n);
  K = sK; V = sV; TK = sTK; TV = sTV; minGallop = sMG; nRuns = sN;
  runBase = sB; runLen = sL; runPower = sP;
  return ok;
}

/** Sort items[0..n) in place; key is a callable or null. Returns false with exc set on error. */
export function sortArray(items: anyref, n: i32, key: anyref, reverse: bool): bool {
  if (is_null(key)) return sortPair(items, null, n, reverse);
  const keys = AnyArr_new(n);
  for (let i = 0; i < n; i++) {
    const k = callObject1(key, AnyArr_get(items, i));
    if (is_null(k)) return false;
    AnyArr_set(keys, i, k);
  }
  return sortPair(keys, items, n, reverse);
}
