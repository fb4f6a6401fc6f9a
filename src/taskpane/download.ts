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
