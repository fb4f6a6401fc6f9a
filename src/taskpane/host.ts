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

/** The host of Microsoft's telemetry frame that office.js adds outside Office. */
const OFFICE_TELEMETRY_HOST = 'telemetryservice.firstpartyapps.oaspapps.com';

interface OfficeUlsEndpoint {
  loadProxyFrame?: () => void;
  writeLog?: (log: string) => void;
}

/**
 * Outside Office (the browser mode), office.js's loader sets up Microsoft's telemetry: 3 s after
 * it loads it adds a hidden frame from telemetryservice.firstpartyapps.oaspapps.com to the page.
 * The browser mode promises that nothing leaves the computer, so once the page knows it is not
 * in Excel the frame is never made (and one already made is removed). This reaches into
 * office.js's internals (`OSF.Logger.ulsEndpoint`), not a public API: when a future office.js
 * renames them this does nothing, and the e2e suite's request check fails and says so.
 */
export function stopOfficeTelemetry(win: Window = window): void {
  const osf = (win as unknown as { OSF?: { Logger?: { ulsEndpoint?: OfficeUlsEndpoint | null } } }).OSF;
  const uls = osf?.Logger?.ulsEndpoint;
  if (uls) {
    uls.loadProxyFrame = () => undefined;
    uls.writeLog = () => undefined;
  }
  for (const frame of win.document.querySelectorAll(`iframe[src*="${OFFICE_TELEMETRY_HOST}"]`))
    frame.remove();
}
