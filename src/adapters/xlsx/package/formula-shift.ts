/**
 * A1 references of a formula moved by whole rows and columns, as Excel fills a formula: the
 * relative parts move, `$` parts stay. Text in double quotes and sheet names in single quotes
 * are left alone. Used to write out the cells of a shared formula whose master cell a plan
 * overwrites (each dependent cell gets its own formula, so none loses it).
 */
import { columnLetter, columnNumber } from '../../../core/address';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_(!])|(?<![A-Za-z0-9_.:])(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(!:])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(TOKEN, (whole: string, ...g: (string | undefined)[]) => {
    if (whole.startsWith('"') || whole.startsWith("'")) return whole;
    const col = (abs: string | undefined, letters: string | undefined): string | undefined => {
      const n = columnNumber(letters ?? '') + (abs === '$' ? 0 : cols);
      return n >= 1 && n <= MAX_COL ? `${abs ?? ''}${columnLetter(n)}` : undefined;
    };
    const row = (abs: string | undefined, digits: string | undefined): string | undefined => {
      const n = Number(digits) + (abs === '$' ? 0 : rows);
      return n >= 1 && n <= MAX_ROW ? `${abs ?? ''}${n}` : undefined;
    };
    let parts: (string | undefined)[];
    if (g[1] !== undefined) parts = [col(g[0], g[1]), row(g[2], g[3])];
    else if (g[5] !== undefined) parts = [col(g[4], g[5]), ':', col(g[6], g[7])];
    else parts = [row(g[8], g[9]), ':', row(g[10], g[11])];
    return parts.some((p) => p === undefined) ? '#REF!' : parts.join('');
  });
}
