/** Browser mode only: offers bytes as a file download through a Blob and an `<a download>`. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `tracker.xlsx` → `tracker.xlsx`; `Tabel LAKIP: 2017?` → `Tabel LAKIP 2017.xlsx` (no characters a file system refuses). */
export function safeFileName(name: string, extension = '.xlsx'): string {
  const base =
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'LAKIP Tracker';
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}

/** ` 2026-12-02 14.05` (and a browser's ` (1)`) at the end of a name, before `.xlsx`. */
const STAMP = /(?:\s\d{4}-\d{2}-\d{2}\s\d{2}\.\d{2})?(?:\s\(\d+\))?$/;

/**
 * The name a download of the open tracker gets: its name with the local date and time, so that
 * downloads do not pile up as `tracker (1).xlsx`, `(2)` … and the newest is plain to see:
 * `tracker-2017.xlsx` → `tracker-2017 2026-12-02 14.05.xlsx`. A stamp already there (a file
 * downloaded earlier and opened again) is replaced, not added to.
 */
export function stampedFileName(name: string, now: Date, extension = '.xlsx'): string {
  const safe = safeFileName(name, extension);
  const base =
    safe
      .slice(0, safe.length - extension.length)
      .replace(STAMP, '')
      .trim() || 'LAKIP Tracker';
  const two = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}`;
  return `${base} ${stamp}${extension}`;
}
