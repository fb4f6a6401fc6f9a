/** @jest-environment jsdom */
import { detectHost, stopOfficeTelemetry } from './host';

type OnReady = () => Promise<{ host: string | null; platform: string | null }>;

/** Installs a stand-in for the part of office.js that detectHost uses. */
function installOffice(onReady: OnReady): void {
  (globalThis as { Office?: unknown }).Office = { onReady, HostType: { Excel: 'Excel', Word: 'Word' } };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe('detectHost', () => {
  it('is the browser mode when office.js did not load (no Office global)', async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    await expect(detectHost(3000)).resolves.toBe('browser');
  });

  it('is Excel when onReady resolves with host Excel', async () => {
    installOffice(() => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }));
    await expect(detectHost(3000)).resolves.toBe('excel');
  });

  it.each([
    ['null (a plain browser)', null],
    ['another Office application', 'Word'],
  ])('is the browser mode when onReady resolves with host %s', async (_label, host) => {
    installOffice(() => Promise.resolve({ host, platform: null }));
    await expect(detectHost(3000)).resolves.toBe('browser');
  });

  it('is the browser mode when onReady rejects', async () => {
    installOffice(() => Promise.reject(new Error('office.js failed')));
    await expect(detectHost(3000)).resolves.toBe('browser');
  });

  it('waits for onReady until the timeout, then falls back to the browser mode', async () => {
    jest.useFakeTimers();
    installOffice(() => new Promise(() => undefined));
    let result: string | undefined;
    const pending = detectHost(3000).then((kind) => {
      result = kind;
      return kind;
    });

    await jest.advanceTimersByTimeAsync(2999);
    expect(result).toBeUndefined();

    await jest.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toBe('browser');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('clears its timer when onReady answers first', async () => {
    jest.useFakeTimers();
    installOffice(() => Promise.resolve({ host: 'Excel', platform: 'PC' }));
    await expect(detectHost(3000)).resolves.toBe('excel');
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('stopOfficeTelemetry', () => {
  afterEach(() => {
    delete (window as { OSF?: unknown }).OSF;
    document.head.innerHTML = '';
  });

  it("keeps office.js's telemetry frame from being made, and removes one already made", () => {
    const made: string[] = [];
    const uls = {
      loadProxyFrame: () => made.push('frame'),
      writeLog: (log: string) => made.push(log),
    };
    (window as { OSF?: unknown }).OSF = { Logger: { ulsEndpoint: uls } };
    const frame = document.createElement('iframe');
    frame.src = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
    document.head.appendChild(frame);

    stopOfficeTelemetry();
    uls.loadProxyFrame();
    uls.writeLog('x');

    expect(made).toEqual([]);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('does nothing when office.js did not load', () => {
    expect(() => stopOfficeTelemetry()).not.toThrow();
  });
});
