import type { Finding } from '../../findings/finding';
import { textOf, valueOf } from '../../read/read-table';
import { atCell, type ValidationContext } from '../context';

const RECEIVED: ReadonlySet<string> = new Set(['Diterima', 'Diverifikasi']);

/**
 * doc/no-evidence: a document marked Diterima or Diverifikasi without a Soft Copy or without
 * Hard Copy = Ya. The finding sits on the first missing one.
 */
export function checkDocNoEvidence(ctx: ValidationContext): Finding[] {
  const dokumen = ctx.table('dokumen');
  if (dokumen === undefined) return [];
  const out: Finding[] = [];
  for (const row of dokumen.rows) {
    const status = textOf(row, 'status');
    if (status === undefined || !RECEIVED.has(status)) continue;
    const soft = valueOf(row, 'softCopy') !== undefined;
    const hard = valueOf(row, 'hardCopy') === true;
    if (soft && hard) continue;
    const missing = !soft && !hard ? 'soft+hard' : soft ? 'hard' : 'soft';
    out.push(
      atCell('doc/no-evidence', dokumen, row, soft ? 'hardCopy' : 'softCopy', {
        detail: { missing, status },
      }),
    );
  }
  return out;
}
