/**
 * `2018-01-15T09:30:00` in the machine's time zone: the time the user sees on their clock. The
 * one rule for Tanggal Format and Diimpor, used by the CLI and the task pane alike.
 */
export function localIsoDateTime(now: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}
