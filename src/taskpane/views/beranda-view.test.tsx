/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { FakePort, BUSY_ERROR } from '../../../test/support/taskpane/fake-port';
import {
  blankFormat,
  cleanTracker,
  emptyWorkbook,
  sampleTracker,
  trackerWithFindings,
} from '../../../test/support/taskpane/fixtures';
import { navigationSpy, renderWithPort } from '../../../test/support/taskpane/render';
import { BerandaView } from './beranda-view';

/** The value (0–1) of the progress bar labelled `label`. */
async function progress(label: string): Promise<number> {
  return Number((await screen.findByRole('progressbar', { name: label })).getAttribute('aria-valuenow'));
}

/** The counts shown: [galat, peringatan]. */
async function counts(): Promise<(string | null)[]> {
  const box = await screen.findByTestId('finding-counts');
  return within(box)
    .getAllByText(/^\d+ (galat|peringatan)$/)
    .map((e) => e.textContent);
}

describe('Beranda', () => {
  test('empty workbook: says there is no tracker and leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('Belum ada tracker');
    fireEvent.click(screen.getByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: all 13 steps, 14 documents, 100 %, no finding; next is Ekspor', async () => {
    const nav = navigationSpy();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(cleanTracker()));
    // Every bar is full.
    expect(await progress('Langkah SOP selesai: 13 dari 13')).toBe(1);
    expect(await progress('Dokumen diterima: 14 dari 14')).toBe(1);
    expect(await progress('Kelengkapan isian wajib: 100%')).toBe(1);
    expect(screen.getByTestId('finding-counts').textContent).toContain('0 galat');
    expect(screen.getByTestId('finding-counts').textContent).toContain('0 peringatan');
    expect(screen.queryByTestId('sop-warning')).toBeNull();
    expect(screen.getByTestId('next-step').textContent).toMatch(/Semua langkah SOP selesai/);
    fireEvent.click(screen.getByRole('button', { name: 'Buka Ekspor' }));
    expect(nav.visited).toEqual(['ekspor']);
  });

  test('sample under way: 4 of 13 steps with the SOP warning; next is step 5', async () => {
    renderWithPort(<BerandaView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    expect(await progress('Langkah SOP selesai: 4 dari 13')).toBeCloseTo(4 / 13, 12);
    expect(screen.getByTestId('sop-warning').textContent).toBe(
      'Apabila SOP Pengumpulan Data Kinerja tidak diselesaikan maka kegiatan Pelaporan akan terhambat.',
    );
    expect(screen.getByTestId('next-step').textContent).toMatch(
      /^Langkah 5 SOP \(Proses\): Membuat draft LAKIP/,
    );
  });

  test('with findings: counts the errors and sends the user to Periksa', async () => {
    const nav = navigationSpy();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(trackerWithFindings()));
    // The sample's 2 SOP warnings, and the 2 galat planted (PK!G6 text, Bagian!B6 emptied).
    expect(await counts()).toEqual(['2 galat', '2 peringatan']);
    expect(screen.getByTestId('next-step').textContent).toMatch(/^Perbaiki 2 galat/);
    fireEvent.click(screen.getByRole('button', { name: 'Buka Periksa' }));
    expect(nav.visited).toEqual(['periksa']);
  });

  test('a bagian’s data format: said to be a format, with its own counts; no "Jalankan Siapkan"', async () => {
    const nav = navigationSpy();
    const format = blankFormat();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(format));
    expect((await screen.findByTestId('format-notice')).textContent).toMatch(/bukan tracker/);
    // PMD's one indicator (IK-02) with its realisasi TW I–IV empty (Triwulan Berjalan 4): 4 galat.
    expect(await counts()).toEqual(['4 galat', '0 peringatan']);
    expect(screen.queryByText(/Siapkan/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lihat temuan' }));
    expect(nav.visited).toEqual(['periksa']);
  });

  test('in the browser mode the next step does not promise a click to the cell', async () => {
    renderWithPort(
      <BerandaView onNavigate={() => undefined} />,
      new FakePort(trackerWithFindings(), { kind: 'browser' }),
    );
    expect(await counts()).toEqual(['2 galat', '2 peringatan']);
    const next = screen.getByTestId('next-step').textContent ?? '';
    expect(next).not.toMatch(/klik temuan/);
    expect(next).toMatch(/menyebut sheet dan selnya \(mis\. PK!G6\) untuk diperbaiki di Excel/);
  });

  test('failure: the read fails with a sentence and a retry that works', async () => {
    const port = new FakePort(sampleTracker(), { fail: { read: BUSY_ERROR } });
    renderWithPort(<BerandaView onNavigate={() => undefined} />, port);
    expect((await screen.findByRole('alert')).textContent).toContain(BUSY_ERROR.userMessage);
    port.fail = {};
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await progress('Langkah SOP selesai: 4 dari 13')).toBeCloseTo(4 / 13, 12);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('failure of an unexpected kind shows the generic sentence, never the error text', async () => {
    const port = new FakePort(sampleTracker(), {
      fail: { read: new TypeError('x is undefined at foo.js:1') },
    });
    renderWithPort(<BerandaView onNavigate={() => undefined} />, port);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Terjadi kesalahan yang tidak terduga');
    expect(alert.textContent).not.toContain('foo.js');
  });
});
