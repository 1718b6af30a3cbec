// Divergences the fuzzer has found that are not fixed yet (each with the reason). A divergence whose
// report (the two differing lines) matches one of these counts as known, not as a failure. This list
// must stay short: fix the bug and delete its line (the regression case keeps it fixed).
export const KNOWN = [
  {
    pattern: /pyex: +".*'w': 5\}/,
    why: "__slots__ in a subclass of a class with a __dict__: pyex keeps slot values in the instance __dict__ (no member descriptors), so vars() shows them",
  },
];

/** The entry of KNOWN matching a divergence report, if any. */
export function knownDivergence(report) {
  return KNOWN.find((k) => k.pattern.test(report.diff)) ?? null;
}
