/** @jest-environment jsdom */
import '../testing/setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakePort, BUSY_ERROR } from '../testing/fake-port';
import {
  blankFormat,
  cleanTracker,
  emptyWorkbook,
  sampleTracker,
  trackerWithFindings,
} from '../testing/fixtures';
import { validateFormatFile } from '../../core/consolidate/validate-format';
import { navigationSpy, renderWithPort } from '../testing/render';
import { BerandaView } from './beranda-view';

describe('Beranda', () => {
  test('empty workbook: says there is no tracker and leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    expect(await screen.findByRole('heading', { name: 'Belum ada tracker' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: all 13 steps, 14 documents, 100 %, no finding; next is Ekspor', async () => {
    const nav = navigationSpy();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(cleanTracker()));
    expect(await screen.findByText('Langkah SOP selesai: 13 dari 13')).toBeTruthy();
    expect(screen.getByText('Dokumen diterima: 14 dari 14')).toBeTruthy();
    expect(screen.getByText('Kelengkapan isian wajib: 100%')).toBeTruthy();
    expect(screen.getByTestId('finding-counts').textContent).toContain('0 galat');
    expect(screen.getByTestId('finding-counts').textContent).toContain('0 peringatan');
    expect(screen.queryByTestId('sop-warning')).toBeNull();
    expect(screen.getByTestId('next-step').textContent).toMatch(/Semua langkah SOP selesai/);
    fireEvent.click(screen.getByRole('button', { name: 'Buka Ekspor' }));
    expect(nav.visited).toEqual(['ekspor']);
  });

  test('sample under way: 4 of 13 steps with the SOP warning; next is step 5', async () => {
    renderWithPort(<BerandaView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    expect(await screen.findByText('Langkah SOP selesai: 4 dari 13')).toBeTruthy();
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
    expect(await screen.findByText('2 galat')).toBeTruthy();
    expect(screen.getByTestId('next-step').textContent).toMatch(/^Perbaiki 2 galat/);
    fireEvent.click(screen.getByRole('button', { name: 'Buka Periksa' }));
    expect(nav.visited).toEqual(['periksa']);
  });

  test('a bagian’s data format: said to be a format, with its own counts; no "Jalankan Siapkan"', async () => {
    const nav = navigationSpy();
    const format = blankFormat();
    renderWithPort(<BerandaView onNavigate={nav.onNavigate} />, new FakePort(format));
    expect((await screen.findByTestId('format-notice')).textContent).toMatch(/bukan tracker/);
    expect(screen.getByTestId('finding-counts').textContent).toContain(
      `${validateFormatFile(format).errors} galat`,
    );
    expect(screen.queryByText(/Siapkan/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lihat temuan' }));
    expect(nav.visited).toEqual(['periksa']);
  });

  test('in the browser mode the next step does not promise a click to the cell', async () => {
    renderWithPort(
      <BerandaView onNavigate={() => undefined} />,
      new FakePort(trackerWithFindings(), { kind: 'browser' }),
    );
    expect(await screen.findByText('2 galat')).toBeTruthy();
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
    await waitFor(() => expect(screen.getByText('Langkah SOP selesai: 4 dari 13')).toBeTruthy());
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
