/** @jest-environment jsdom */
import '../../test/support/taskpane/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Workspace } from './app';
import type { BrowserSource } from './browser-file';
import { FakeBrowserPort } from '../../test/support/taskpane/fake-port';
import { cleanTracker, trackerWithFindings } from '../../test/support/taskpane/fixtures';
import type { BrowserWorkbookPort } from './port';
import type { ViewId } from './views/view-id';

const OPENED_AT = new Date(2026, 11, 2, 14, 5);

/** What App does in browser mode: a file opened again replaces the workspace, on the view asked for. */
function Harness({
  first,
  source,
  openFile,
  view = 'periksa',
}: {
  readonly first: BrowserWorkbookPort;
  readonly source: BrowserSource;
  readonly openFile: (name: string, bytes: ArrayBuffer) => Promise<BrowserWorkbookPort>;
  readonly view?: ViewId;
}) {
  const [s, setS] = useState({ port: first, source, view, n: 0 });
  return (
    <Workspace
      key={s.n}
      port={s.port}
      source={s.source}
      initialView={s.view}
      onClose={() => undefined}
      onReopen={(port, src, v) => setS({ port, source: src, view: v, n: s.n + 1 })}
      openFile={openFile}
    />
  );
}

function renderHarness(props: Parameters<typeof Harness>[0]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Harness {...props} />
    </FluentProvider>,
  );
}

const bytes = (n: number): ArrayBuffer => new Uint8Array([n]).buffer;

/** The whole status bar `text` is shown in, and its colour. */
async function status(
  text: string | RegExp,
): Promise<[string | null | undefined, string | null | undefined]> {
  const bar = (await screen.findByText(text)).closest('[role="status"]');
  return [bar?.textContent, bar?.getAttribute('data-intent')];
}

// trackerWithFindings: the sample (0 galat, 2 SOP warnings) with 2 galat planted (PK!G6, Bagian!B6).
const TWO_GALAT: [string, string] = ['Pemeriksaan selesai: 2 galat, 2 peringatan.', 'error'];
const NONE: [string, string] = ['Pemeriksaan selesai: tidak ada temuan.', 'success'];

describe('browser mode: the file on the computer', () => {
  test('"Periksa lagi" reads the file again: what the user fixed in Excel is checked, with the time it was read', async () => {
    const fixed = new FakeBrowserPort(cleanTracker());
    const read = jest.fn(() => Promise.resolve(bytes(2)));
    const openFile = jest.fn(() => Promise.resolve<BrowserWorkbookPort>(fixed));
    renderHarness({
      first: new FakeBrowserPort(trackerWithFindings()),
      source: { name: 'tracker-2017.xlsx', read, readAt: OPENED_AT },
      openFile,
    });
    expect(await status(/^Pemeriksaan selesai: 2 galat/)).toEqual(TWO_GALAT);
    expect(screen.getByTestId('read-at').textContent).toMatch(
      /^Isi file dibaca dari komputer Rabu, 2 Desember 2026 pukul 14\.05\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Periksa lagi' }));
    expect(await status('Pemeriksaan selesai: tidak ada temuan.')).toEqual(NONE);
    expect(read).toHaveBeenCalledTimes(1);
    expect(openFile).toHaveBeenCalledWith('tracker-2017.xlsx', bytes(2));
    expect(screen.getByTestId('periksa-counts').textContent).toBe('0 galat0 peringatan');
  });

  test('when the browser refuses to read it again (it changed on disk), the pane says so and the file can be picked again', async () => {
    const fixed = new FakeBrowserPort(cleanTracker());
    const refused = new DOMException('changed', 'NotReadableError');
    const openFile = jest.fn(() => Promise.resolve<BrowserWorkbookPort>(fixed));
    renderHarness({
      first: new FakeBrowserPort(trackerWithFindings()),
      source: { name: 'tracker-2017.xlsx', read: () => Promise.reject(refused), readAt: OPENED_AT },
      openFile,
    });
    await screen.findByText(/^Pemeriksaan selesai: 2 galat/);
    fireEvent.click(screen.getByRole('button', { name: 'Periksa lagi' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Peramban tidak mengizinkan membaca ulang "tracker-2017.xlsx" (biasanya karena file itu berubah di komputer setelah dibuka pada Rabu, 2 Desember 2026 pukul 14.05).',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Pilih ulang file' }).disabled).toBe(false);
    const file = new File(['x'], 'tracker-2017.xlsx');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes(3)) });
    fireEvent.change(screen.getByTestId('reopen-file-input'), { target: { files: [file] } });
    expect(await status('Pemeriksaan selesai: tidak ada temuan.')).toEqual(NONE);
    expect(openFile).toHaveBeenCalledWith('tracker-2017.xlsx', bytes(3));
  });

  test('with changes not downloaded, "Periksa lagi" checks the pane’s copy and says so (the file is not read)', async () => {
    const port = new FakeBrowserPort(trackerWithFindings());
    const read = jest.fn(() => Promise.resolve(bytes(2)));
    renderHarness({
      first: port,
      source: { name: 'tracker-2017.xlsx', read, readAt: OPENED_AT },
      openFile: () => Promise.reject(new Error('not to be called')),
    });
    await screen.findByText(/^Pemeriksaan selesai: 2 galat/);
    // A change in the pane's copy, made as the user makes it: the Temuan sheet written.
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet Temuan' }));
    await screen.findByText(/^Sheet Temuan ditulis/);
    await screen.findByTestId('file-modified');
    expect(screen.getByTestId('read-at').textContent).toMatch(/^Pemeriksaan memakai isi di panel ini/);
    fireEvent.click(screen.getByRole('button', { name: 'Periksa lagi' }));
    expect(await status(/^Pemeriksaan selesai: 2 galat/)).toEqual(TWO_GALAT);
    expect(read).not.toHaveBeenCalled();
  });

  test('reloading the page asks first while there are changes not downloaded; the download is named with date and time', async () => {
    const port = new FakeBrowserPort(trackerWithFindings());
    renderHarness({
      first: port,
      source: { name: 'tracker-2017.xlsx', read: () => Promise.resolve(bytes(1)), readAt: OPENED_AT },
      openFile: () => Promise.reject(new Error('not to be called')),
    });
    await screen.findByText(/^Pemeriksaan selesai: 2 galat/);
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(unload()).toBe(false);
    expect(screen.getByTestId('round-trip').textContent).toBe(
      'Alur kerja: Unduh → isi atau perbaiki di Excel, simpan → buka lagi di sini dengan Buka file lain.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet Temuan' }));
    await screen.findByText(/^Sheet Temuan ditulis/);
    await screen.findByTestId('file-modified');
    expect(unload()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh' }));
    expect(
      await status(
        'File "tracker-2017 2026-12-02 14.05.xlsx" diunduh; lihat folder Unduhan di komputer Anda.',
      ),
    ).toEqual([
      'File "tracker-2017 2026-12-02 14.05.xlsx" diunduh; lihat folder Unduhan di komputer Anda.Tutup',
      'success',
    ]);
    await waitFor(() => expect(screen.queryByTestId('file-modified')).toBeNull());
    expect(unload()).toBe(false);
  });
});
