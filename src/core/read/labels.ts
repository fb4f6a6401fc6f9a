/**
 * Header matching ignores case, repeated spaces, line breaks and a trailing `*`
 * (the contract, "How a sheet is read").
 */
export function normaliseLabel(label: string): string {
  return label
    .replace(/[\r\n\t\u00a0]+/g, ' ')
    .replace(/\*+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
