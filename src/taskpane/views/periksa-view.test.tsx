/** @jest-environment jsdom */
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { findSheet } from '../../core/snapshot';
import { BUSY_ERROR, FakePort } from '../testing/fake-port';
import {
  blankFormat,
  cleanTracker,
  emptyWorkbook,
  sampleTracker,
  trackerWithFindings,
} from '../testing/fixtures';
import { validateFormatFile } from '../../core/consolidate/validate-format';
import { navigationSpy, renderWithPort } from '../testing/render';
import { PeriksaView } from './periksa-view';

describe('Periksa', () => {
  test('empty workbook: nothing to check, leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<PeriksaView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    expect(await screen.findByRole('heading', { name: 'Belum ada tracker' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: 0 galat, 0 peringatan, complete, no finding list', async () => {
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, new FakePort(cleanTracker()));
    expect(await screen.findByText(/Tidak ada temuan: isian tracker sesuai aturan/)).toBeTruthy();
    expect(screen.getByTestId('periksa-counts').textContent).toBe('0 galat0 peringatan');
    expect(screen.getByText('Seluruh tracker: 100%')).toBeTruthy();
    expect(screen.getByText('Pemeriksaan selesai: tidak ada temuan.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Temuan per sheet' })).toBeNull();
  });

  test('with findings: counts, completeness per sheet, findings grouped by sheet with message and saran', async () => {
    // The fixture is the sample (0 galat, its 2 SOP warnings: sop/incomplete, sop/duplicate-step)
    // with two galat planted: PK!G6 (Target) holds text, Bagian!B6 (Nama Bagian) is emptied.
    const snapshot = trackerWithFindings();
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, new FakePort(snapshot));
    expect((await screen.findByRole('heading', { name: 'Temuan per sheet' })).tagName).toMatch(/^H\d$/);
    expect(screen.getByTestId('periksa-counts').textContent).toBe('2 galat2 peringatan');
    // Galat remain: the result is red, not a green check.
    const status = screen.getByText('Pemeriksaan selesai: 2 galat, 2 peringatan.');
    expect(status.closest('[data-intent]')?.getAttribute('data-intent')).toBe('error');

    fireEvent.click(screen.getByRole('button', { name: /^Per sheet/ }));
    const perSheet = screen.getByRole('list', { name: 'Kelengkapan per sheet' });
    // Bagian!B6 is a row lakip init seeds (a default bagian): checked, but not counted in
    // completeness (docs/architecture.md, validate), so Bagian stays complete.
    expect(within(perSheet).getByText(/^Bagian: \d+%$/).textContent).toBe('Bagian: 100%');

    const pk = screen.getByRole('list', { name: 'Temuan di sheet PK' });
    expect(within(pk).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(pk).getByText('PK!G6: “delapan puluh dua” tidak dapat dibaca sebagai bilangan, mis. 1.234,5.', {
        exact: false,
      }).textContent,
    ).toContain('“delapan puluh dua”');
    expect(within(pk).getByText('Saran: Ganti isi sel dengan bilangan, mis. 1.234,5.').textContent).toBe(
      'Saran: Ganti isi sel dengan bilangan, mis. 1.234,5.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Temuan di sheet Bagian' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    // Sheets with galat come first and open; a sheet with warnings only waits closed below them.
    const headers = screen
      .getAllByRole('button')
      .map((b) => b.textContent ?? '')
      .filter((t) => /^(PK|Bagian|SOP) \(/.test(t));
    expect(headers.map((t) => t.split(' ')[0])).toEqual(['Bagian', 'PK', 'SOP']);
    expect(screen.queryByRole('list', { name: 'Temuan di sheet SOP' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^SOP \(/ }));
    expect(
      within(screen.getByRole('list', { name: 'Temuan di sheet SOP' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  test('warnings only: the result is amber, not green', async () => {
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    const status = await screen.findByText(/^Pemeriksaan selesai: 0 galat, 2 peringatan\.$/);
    expect(status.closest('[data-intent]')?.getAttribute('data-intent')).toBe('warning');
  });

  test('a click on a finding selects its cell in Excel', async () => {
    const port = new FakePort(trackerWithFindings());
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, port);
    const pk = await screen.findByRole('list', { name: 'Temuan di sheet PK' });
    fireEvent.click(within(pk).getAllByRole('button')[0]!);
    expect(await screen.findByText('Sel PK!G6 dipilih di Excel.')).toBeTruthy();
    expect(port.calls.filter((c) => c.call === 'select')).toEqual([
      { call: 'select', sheet: 'PK', address: 'G6' },
    ]);
  });

  test('in the browser mode findings are not buttons and the pane says why', async () => {
    renderWithPort(
      <PeriksaView onNavigate={() => undefined} />,
      new FakePort(trackerWithFindings(), { kind: 'browser' }),
    );
    const pk = await screen.findByRole('list', { name: 'Temuan di sheet PK' });
    expect(within(pk).queryAllByRole('button')).toEqual([]);
    expect(screen.getByText(/Di mode peramban sel tidak dapat dipilih/)).toBeTruthy();
  });

  test('a bagian’s data format is checked as a format (its Data Kinerja rows), not as a broken tracker', async () => {
    const format = blankFormat();
    const expected = validateFormatFile(format);
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, new FakePort(format, { kind: 'browser' }));
    expect((await screen.findByTestId('format-notice')).textContent).toMatch(
      /^File ini format data kinerja untuk bagian .*\(PMD\), bukan tracker/,
    );
    expect(screen.getByTestId('periksa-counts').textContent).toBe(
      `${expected.errors} galat${expected.warnings} peringatan`,
    );
    expect(screen.queryByText(/sheet\/missing|Jalankan Siapkan/)).toBeNull();
    expect(screen.queryByRole('list', { name: 'Temuan di sheet PK' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Temuan di sheet Data Kinerja' })).toBeTruthy();
  });

  test('writes the Temuan sheet on request', async () => {
    const port = new FakePort(trackerWithFindings());
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, port);
    await screen.findByRole('heading', { name: 'Temuan per sheet' });
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet Temuan' }));
    // 2 planted galat + the sample's 2 SOP warnings (see the test 'with findings' above).
    expect((await screen.findByText('Sheet Temuan ditulis dengan 4 temuan.')).textContent).toBe(
      'Sheet Temuan ditulis dengan 4 temuan.',
    );
    const temuan = findSheet(port.snapshot, 'Temuan')!;
    expect(temuan.rows.flat()).toEqual(expect.arrayContaining(['Temuan Validasi Tracker', 'cell/type']));
  });

  test('failure: a failed read is shown as its sentence; a failed selection too', async () => {
    const port = new FakePort(trackerWithFindings(), { fail: { read: BUSY_ERROR } });
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, port);
    expect((await screen.findByRole('alert')).textContent).toContain(BUSY_ERROR.userMessage);
    port.fail = { select: BUSY_ERROR };
    fireEvent.click(screen.getByRole('button', { name: 'Periksa lagi' }));
    const pk = await screen.findByRole('list', { name: 'Temuan di sheet PK' });
    fireEvent.click(within(pk).getAllByRole('button')[0]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
  });

  test('failure: writing the Temuan sheet fails with its sentence', async () => {
    const port = new FakePort(trackerWithFindings(), { fail: { apply: BUSY_ERROR } });
    renderWithPort(<PeriksaView onNavigate={() => undefined} />, port);
    await screen.findByRole('heading', { name: 'Temuan per sheet' });
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet Temuan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
  });
});
