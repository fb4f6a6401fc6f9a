import type { Finding, FindingCode } from '../../findings/finding';
import type { ParseProblemCode } from '../../parse/cell';
import { atRef, type Check, type ValidationContext } from '../context';

/** The findings of cells whose content could not be read as their column's type, for one code. */
export function parseProblems(code: ParseProblemCode & FindingCode): Check {
  return (ctx: ValidationContext): Finding[] => {
    const out: Finding[] = [];
    for (const ref of ctx.cellScan().issues) {
      const p = ref.parsed;
      if (p.kind === 'invalid' && p.code === code) out.push(atRef(code, ref, { expected: p.expected }));
    }
    return out;
  };
}
