/**
 * The import preview in Indonesian sentences, for the CLI (and later the task pane): per
 * table, where it was found, which field each column fills, what is added, changed and
 * skipped, the problems, and what the user still has to decide.
 */
import { formatNumber, formatRawForMessage } from '../format/indonesian';
import type { ImportPreview, TablePreview } from './import';
import { schemaById } from '../schema/registry';

function percent(confidence: number): string {
  return `${formatNumber(confidence * 100, 0)}%`;
}

function describeTable(t: TablePreview, index: number): string[] {
  const { table, target } = t.proposal;
  const [first, last] = table.headerRows;
  const header = first === last ? `judul kolom di baris ${first}` : `judul kolom di baris ${first}–${last}`;
  const numbering = table.numberingRow === null ? '' : `, baris nomor kolom ${table.numberingRow} dilewati`;
  const where = target === null ? 'belum ada sheet tujuan' : `→ ${schemaById(target).name}`;
  const lines = [
    `Tabel ${index + 1}: ${table.sheet}!${table.range} (${header}${numbering}) ${where}${t.remembered ? ' (pemetaan diingat dari impor sebelumnya)' : ''}`,
  ];
  lines.push('  Kolom:');
  for (const c of t.proposal.columns) {
    const to =
      c.fieldLabel === null
        ? `tidak diimpor${c.note !== undefined ? ` (${c.note})` : ''}`
        : `${c.fieldLabel} (${percent(c.confidence)})`;
    lines.push(`  • ${c.column.letter} "${c.column.label}" → ${to}`);
  }
  const { read, add, change, skip } = t.counts;
  lines.push(`  Baris: ${read} dibaca, ${add} ditambahkan, ${change} diubah, ${skip} dilewati.`);
  for (const r of t.rows) {
    const from = `Baris ${r.sourceRows.join(', ')}`;
    if (r.action === 'add')
      lines.push(`  + ${from} → ditambahkan di ${t.trackerSheet ?? ''} baris ${r.targetRow}`);
    else if (r.action === 'change')
      lines.push(
        `  ~ ${from} → ${t.trackerSheet ?? ''} baris ${r.targetRow}: ${r.changes
          .map((c) => `${c.label} ${formatRawForMessage(c.old)} → ${formatRawForMessage(c.new)}`)
          .join('; ')}`,
      );
    else if (r.reason !== 'row/same') lines.push(`  - ${r.message} [${r.reason}]`);
  }
  const same = t.rows.filter((r) => r.action === 'skip' && r.reason === 'row/same').length;
  if (same > 0) lines.push(`  = ${same} baris sudah sama dengan tracker.`);
  if (t.problems.length > 0) {
    lines.push('  Masalah:');
    for (const p of t.problems) lines.push(`  • ${p.message} [${p.code}]`);
  }
  if (t.decisions.length > 0) {
    lines.push('  Perlu diputuskan:');
    for (const d of t.decisions) lines.push(`  • ${d.question} Dipakai: ${d.chosen} (${d.evidence}).`);
  }
  return lines;
}

export function describeImport(preview: ImportPreview): string[] {
  const lines: string[] = [];
  preview.tables.forEach((t, i) => {
    if (i > 0) lines.push('');
    lines.push(...describeTable(t, i));
  });
  return lines;
}
