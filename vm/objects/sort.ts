// Stable sorting of an AnyArr, used by list.sort and sorted(). A merge sort: insertion sort
// for runs of up to 16 items, then bottom-up merges, skipping a merge when the halves are
// already in order (so presorted input costs n-1 comparisons). Comparisons use `<` (which
// may call Python __lt__); a failed comparison aborts the sort and leaves the array permuted
// but complete, as CPython's does. With a key function, keys are computed once, up front,
// and sorted alongside the items. Charging of steps for comparisons is in ops.lessThan.
// TODO(perf): galloping timsort merges.
import { AnyArr_new, AnyArr_get, AnyArr_set, AnyArr_copy, is_null } from "../generated/kernel";
import { lessThan } from "../ops";
import { callObject1 } from "../interp";

let gReverse = false;

/** a < b respecting reverse (reverse compares b < a, which keeps stability). -1 on error. */
function lt(a: anyref, b: anyref): i32 {
  return gReverse ? lessThan(b, a) : lessThan(a, b);
}

function insertionSort(keys: anyref, vals: anyref, lo: i32, hi: i32): bool {
  for (let i = lo + 1; i < hi; i++) {
    const k = AnyArr_get(keys, i);
    let v: anyref = null;
    if (!is_null(vals)) v = AnyArr_get(vals, i);
    let j = i;
    while (j > lo) {
      const r = lt(k, AnyArr_get(keys, j - 1));
      if (r < 0) return false;
      if (!r) break;
      AnyArr_set(keys, j, AnyArr_get(keys, j - 1));
      if (!is_null(vals)) AnyArr_set(vals, j, AnyArr_get(vals, j - 1));
      j--;
    }
    AnyArr_set(keys, j, k);
    if (!is_null(vals)) AnyArr_set(vals, j, v);
  }
  return true;
}

function merge(keys: anyref, vals: anyref, tk: anyref, tv: anyref, lo: i32, mid: i32, hi: i32): bool {
  // already ordered?
  const r0 = lt(AnyArr_get(keys, mid), AnyArr_get(keys, mid - 1));
  if (r0 < 0) return false;
  if (!r0) return true;
  const n1 = mid - lo;
  AnyArr_copy(tk, 0, keys, lo, n1);
  if (!is_null(vals)) AnyArr_copy(tv, 0, vals, lo, n1);
  let i = 0, j = mid, k = lo;
  while (i < n1 && j < hi) {
    const r = lt(AnyArr_get(keys, j), AnyArr_get(tk, i));
    if (r < 0) {
      // put the rest of the left run back so no item is lost
      AnyArr_copy(keys, k, tk, i, n1 - i);
      if (!is_null(vals)) AnyArr_copy(vals, k, tv, i, n1 - i);
      return false;
    }
    if (r) {
      AnyArr_set(keys, k, AnyArr_get(keys, j));
      if (!is_null(vals)) AnyArr_set(vals, k, AnyArr_get(vals, j));
      j++;
    } else {
      AnyArr_set(keys, k, AnyArr_get(tk, i));
      if (!is_null(vals)) AnyArr_set(vals, k, AnyArr_get(tv, i));
      i++;
    }
    k++;
  }
  if (i < n1) {
    AnyArr_copy(keys, k, tk, i, n1 - i);
    if (!is_null(vals)) AnyArr_copy(vals, k, tv, i, n1 - i);
  }
  return true;
}

function mergeSort(keys: anyref, vals: anyref, n: i32): bool {
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) if (!insertionSort(keys, vals, lo, lo + RUN < n ? lo + RUN : n)) return false;
  if (n <= RUN) return true;
  const tk = AnyArr_new(n / 2 + 1);
  let tv: anyref = null;
  if (!is_null(vals)) tv = AnyArr_new(n / 2 + 1);
  for (let w = RUN; w < n; w <<= 1) {
    for (let lo = 0; lo + w < n; lo += 2 * w) {
      const hi = lo + 2 * w < n ? lo + 2 * w : n;
      // tk must hold the left run (w items)
      const tkk = w <= n / 2 + 1 ? tk : AnyArr_new(w);
      let tvv: anyref = null;
      if (!is_null(vals)) tvv = w <= n / 2 + 1 ? tv : AnyArr_new(w);
      if (!merge(keys, vals, tkk, tvv, lo, lo + w, hi)) return false;
    }
  }
  return true;
}

/** Sort items[0..n) in place; key is a callable or null. Returns false with exc set on error. */
export function sortArray(items: anyref, n: i32, key: anyref, reverse: bool): bool {
  const saved = gReverse;
  gReverse = reverse;
  let ok: bool;
  if (is_null(key)) ok = mergeSort(items, null, n);
  else {
    const keys = AnyArr_new(n);
    for (let i = 0; i < n; i++) {
      const k = callObject1(key, AnyArr_get(items, i));
      if (is_null(k)) { gReverse = saved; return false; }
      AnyArr_set(keys, i, k);
    }
    ok = mergeSort(keys, items, n);
  }
  gReverse = saved;
  return ok;
}
