/**
 * What a save did, in the sentence a user reads after every command that writes a workbook:
 * the sheets created, the sheets changed, and "sheet lain tidak diubah" — which is true since
 * the patching writer copies every part a plan does not name byte for byte.
 */

/** E.g. "Sheet dibuat: Temuan. Sheet diubah: PK, DPA. Sheet lain tidak diubah." */
export function describeSavedSheets(created: readonly string[], changed: readonly string[]): string {
  const parts: string[] = [];
  if (created.length > 0) parts.push(`Sheet dibuat: ${created.join(', ')}.`);
  if (changed.length > 0) parts.push(`Sheet diubah: ${changed.join(', ')}.`);
  if (parts.length === 0) return 'Tidak ada sheet yang diubah.';
  parts.push('Sheet lain tidak diubah.');
  return parts.join(' ');
}
