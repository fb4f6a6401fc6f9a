/** Text that Excel would take for a formula when typed: it starts with `= + - @`. */
const FORMULA_START = /^[\s\u200B\uFEFF]*[=+\-@]/;

/**
 * Dashes that are not formulas to anyone: a lone "-" (Indonesian for "none") and "- " list
 * bullets. Reporting them would bury the real cases in noise.
 */
const DASH_NOT_FORMULA = /^[\s\u200B\uFEFF]*(?:-+\s*$|-\s)/;

/**
 * True for a text that looks like a formula and is kept as literal text: the trigger of
 * `cell/formula-text`, the same in validation and consolidation.
 */
export function isFormulaLikeText(text: string): boolean {
  return FORMULA_START.test(text) && !DASH_NOT_FORMULA.test(text);
}
