/** Where the task pane runs: inside Excel (office.js talks to a workbook) or in a plain browser. */
export type HostKind = 'excel' | 'browser';

/**
 * Finds out whether the page runs inside Excel. `Office.onReady()` resolves with `host: null`
 * in a plain browser and never resolves when office.js could not load its host scripts, and
 * `Office` is not defined at all when office.js itself did not load (offline, blocked CDN), so
 * anything but an Excel host within `timeoutMs` means the browser mode.
 */
export async function detectHost(timeoutMs: number): Promise<HostKind> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'browser';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    return info !== null && info.host === Office.HostType.Excel ? 'excel' : 'browser';
  } catch {
    // onReady rejects only when office.js cannot initialise: that is a browser, not a bug.
    return 'browser';
  } finally {
    clearTimeout(timer);
  }
}
