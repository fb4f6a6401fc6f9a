import type { Finding, FindingCode } from '../../findings/finding';
import { EXPECTED, expectedFor, type ParseProblemCode } from '../../parse/cell';
import { atRef, type Check, type ValidationContext } from '../context';

/** The findings of cells whose content could not be read as their column's type, for one code. */
export function parseProblems(code: ParseProblemCode & FindingCode): Check {
  return (ctx: ValidationContext): Finding[] => {
    const out: Finding[] = [];
    for (const ref of ctx.cellScan().issues) {
      const p = ref.parsed;
      if (p.kind !== 'invalid' || p.code !== code) continue;
      // The example of a date or a year is of the tracker's own Tahun Laporan, not always 2017.
      const type = ref.column.type;
      const expected =
        (type === 'tanggal' || type === 'tahun') && p.expected === EXPECTED[type]
          ? expectedFor(type, ctx.settings.tahunLaporan)
          : p.expected;
      // `code` is one of four here, so the finding is one of their four shapes (none has a detail).
      out.push(atRef(code, ref, { expected }) as Finding);
    }
    return out;
  };
}
