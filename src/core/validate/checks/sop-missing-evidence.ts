import type { Finding } from '../../findings/finding';
import { valueOf } from '../../read/read-table';
import { SEED_PENCATATAN } from '../../seed/identitas';
import { atCell, type ValidationContext } from '../context';
import { isSelesai } from './sop-steps';

/**
 * sop/missing-evidence: a Selesai step without Bukti Soft Copy or without Bukti Hard Copy
 * (Ya) — the SOP's Pencatatan dan Pendataan rule wants both. The finding sits on the first
 * missing one and quotes the workbook's rule (the seed's when Identitas SOP has none).
 */
export function checkSopMissingEvidence(ctx: ValidationContext): Finding[] {
  const sop = ctx.table('sop');
  if (sop === undefined) return [];
  const rule = ctx.keyValue('identitas')?.fields.get('pencatatan')?.parsed;
  const aturan = rule?.kind === 'ok' && typeof rule.value === 'string' ? rule.value : SEED_PENCATATAN;
  const out: Finding[] = [];
  for (const row of sop.rows) {
    if (!isSelesai(row)) continue;
    const soft = valueOf(row, 'buktiSoft') !== undefined;
    const hard = valueOf(row, 'buktiHard') === true;
    if (soft && hard) continue;
    const missing = !soft && !hard ? 'soft+hard' : soft ? 'hard' : 'soft';
    out.push(
      atCell('sop/missing-evidence', sop, row, soft ? 'buktiHard' : 'buktiSoft', {
        detail: { missing, aturan },
      }),
    );
  }
  return out;
}
