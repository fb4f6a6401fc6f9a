/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ConsolidationSource, SourceReport } from '../../core/consolidate/consolidate';
import { fillFormat, sampleValues, trackerWithoutData } from '../../../test/support/format-fixtures';
import { buildFormatPlan, listFormatBagian } from '../../core/consolidate/format-plan';
import { applyPlanToSnapshot } from '../../core/plan/plan-to-snapshot';
import { readTable } from '../../core/read/read-table';
import { findSchemaSheet } from '../../core/read/tracker';
import { SCHEMAS } from '../../core/schema/registry';
import { readSopState } from '../../core/sop/sop-steps';
import { buildSopUpdatePlan } from '../../core/sop/sop-update-plan';
import { BUSY_ERROR, FakePort } from '../../../test/support/taskpane/fake-port';
import { emptyWorkbook, sampleTracker } from '../../../test/support/taskpane/fixtures';
import { navigationSpy, renderWithPort } from '../../../test/support/taskpane/render';
import { sourceDetail } from '../../core/consolidate/describe';
import { KonsolidasiView } from './konsolidasi-view';

const NOW = () => new Date(2018, 0, 15, 9, 30, 0);

function dataRows(port: FakePort): number {
  return readTable(findSchemaSheet(port.snapshot, SCHEMAS.dataKinerja)!, SCHEMAS.dataKinerja).rows.length;
}

/** Every bagian's format, filled with the sample's values, as a bagian sends it back. */
function filledFormats(): ConsolidationSource[] {
  const tracker = trackerWithoutData();
  return listFormatBagian(tracker)
    .filter((b) => b.indicators > 0)
    .map((b) => {
      const format = buildFormatPlan(tracker, b.kode, '2018-01-10T08:00:00');
      return {
        name: format.fileName,
        snapshot: fillFormat(applyPlanToSnapshot({ sheets: [] }, format.plan), sampleValues()),
      };
    });
}

/** Picks files through the (hidden) file input, as a user does through "Pilih file…". */
function pick(names: readonly string[]): void {
  const files = names.map((n) => new File(['x'], n));
  fireEvent.change(screen.getByTestId('format-files-input'), { target: { files } });
}

describe('Konsolidasi', () => {
  test('empty workbook: nothing to consolidate, leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<KonsolidasiView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    fireEvent.click(await screen.findByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: every bagian with its PK indicators; a format opens as a new workbook', async () => {
    const tracker = trackerWithoutData();
    const port = new FakePort(tracker);
    renderWithPort(<KonsolidasiView onNavigate={() => undefined} now={NOW} />, port);
    const list = await screen.findByRole('list', { name: 'Format per bagian' });
    // The sample's 7 bagian, in the order of its Bagian sheet; IK-06 is UMPEG's only indicator.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Subbagian Umum dan KepegawaianKode UMPEG · 1 indikator PKBuka format',
      'Subbagian Perencanaan dan KeuanganKode PERKEU · 1 indikator PKBuka format',
      'Seksi PemerintahanKode PEM · 1 indikator PKBuka format',
      'Seksi Ketenteraman dan Ketertiban UmumKode TRANTIB · 1 indikator PKBuka format',
      'Seksi Pemberdayaan Masyarakat dan DesaKode PMD · 1 indikator PKBuka format',
      'Seksi Kesejahteraan SosialKode KESSOS · tidak ada indikator PKBuka format',
      'Seksi Pelayanan UmumKode PELAYANAN · 2 indikator PKBuka format',
    ]);
    const item = within(list).getAllByRole('listitem')[0]!;
    fireEvent.click(
      within(item).getByRole('button', {
        name: 'Buka format',
        description: 'Subbagian Umum dan Kepegawaian',
      }),
    );
    const opened = await screen.findByText(/^Format Subbagian Umum dan Kepegawaian /);
    expect(opened.closest('[role="status"]')?.textContent).toBe(
      'Format Subbagian Umum dan Kepegawaian (1 indikator) dibuka di buku kerja baru. Simpan sebagai format-data-kinerja-2017-UMPEG.xlsx lalu kirim ke bagian itu.Tutup',
    );
    expect(port.calls.find((c) => c.call === 'export')).toMatchObject({
      fileName: 'format-data-kinerja-2017-UMPEG.xlsx',
    });
  });

  test('with filled formats: a result per file (an unreadable one skipped), then merged into Data Kinerja and step 3 offered', async () => {
    // Step 3 (menghimpun format) still under way, as it is while formats come in.
    const tracker = trackerWithoutData();
    const port = new FakePort(
      applyPlanToSnapshot(tracker, buildSopUpdatePlan(tracker, 3, { status: 'Proses' })),
    );
    const sources: ConsolidationSource[] = [
      ...filledFormats(),
      { name: 'rusak.xlsx', unreadable: 'File "rusak.xlsx" rusak.' },
    ];
    const read = jest.fn(() => Promise.resolve(sources));
    renderWithPort(<KonsolidasiView onNavigate={() => undefined} read={read} now={NOW} />, port);
    await screen.findByRole('list', { name: 'Format per bagian' });
    pick(sources.map((s) => s.name));
    const results = await screen.findByRole('list', { name: 'Hasil per file' });
    expect(read).toHaveBeenCalledTimes(1);
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(sources.length);
    // One Data Kinerja row per indicator of the bagian (PELAYANAN has IK-01 and IK-04).
    expect(items.map((li) => li.textContent)).toEqual([
      'format-data-kinerja-2017-UMPEG.xlsx1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).UMPEG',
      'format-data-kinerja-2017-PERKEU.xlsx1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).PERKEU',
      'format-data-kinerja-2017-PEM.xlsx1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).PEM',
      'format-data-kinerja-2017-TRANTIB.xlsx1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).TRANTIB',
      'format-data-kinerja-2017-PMD.xlsx1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).PMD',
      'format-data-kinerja-2017-PELAYANAN.xlsx2 baris digabung (2 baru, 0 diperbarui, 0 sudah sama).PELAYANAN',
      'rusak.xlsxFile "rusak.xlsx" rusak.dilewati',
    ]);
    expect(dataRows(port)).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Gabungkan ke Data Kinerja' }));
    // All 7 rows are new (the tracker had none): no cell is replaced, and the sentence says so.
    expect((await screen.findByText(/^Sheet Data Kinerja:/)).closest('[role="status"]')?.textContent).toBe(
      'Sheet Data Kinerja: 7 baris indikator baru ditambahkan di bawah baris terakhir; tidak ada sel yang diganti.',
    );
    expect(dataRows(port)).toBe(7);

    fireEvent.click(await screen.findByRole('button', { name: 'Tandai langkah 3 SOP Selesai' }));
    expect(
      (await screen.findByText('Langkah 3 SOP ditandai Selesai.')).closest('[role="status"]')?.textContent,
    ).toBe('Langkah 3 SOP ditandai Selesai.');
    expect(readSopState(port.snapshot)!.steps[2]!.status).toBe('Selesai');
  });

  test('every button’s accessible name is its visible label (the bagian is its description)', async () => {
    renderWithPort(
      <KonsolidasiView onNavigate={() => undefined} now={NOW} />,
      new FakePort(trackerWithoutData()),
    );
    await screen.findByRole('list', { name: 'Format per bagian' });
    for (const button of screen.getAllByRole('button')) {
      expect(button.getAttribute('aria-label')).toBeNull();
      const visible = button.textContent ?? '';
      expect(screen.getAllByRole('button', { name: visible }).includes(button)).toBe(true);
    }
  });

  const SIX_FILES = ['UMPEG', 'PERKEU', 'PEM', 'TRANTIB', 'PMD', 'PELAYANAN']
    .map((k) => `format-data-kinerja-2017-${k}.xlsx`)
    .join('');
  test.each([
    [
      'excel',
      'Buka semua format',
      `6 format dibuka, masing-masing di buku kerja baru. Simpan setiap buku kerja dengan nama di bawah, lalu kirim ke bagiannya.${SIX_FILES}Tutup`,
    ],
    [
      'browser',
      'Unduh semua format',
      `6 file format diunduh ke folder Unduhan, satu per bagian (bila peramban bertanya, izinkan mengunduh beberapa file). Kirim setiap file ke bagiannya.${SIX_FILES}Tutup`,
    ],
  ] as const)('%s: one button for every bagian’s format, each made in turn', async (kind, label, said) => {
    const tracker = trackerWithoutData();
    const port = new FakePort(tracker, { kind });
    renderWithPort(<KonsolidasiView onNavigate={() => undefined} now={NOW} />, port);
    await screen.findByRole('list', { name: 'Format per bagian' });
    // 6 of the 7 bagian answer for a PK indicator (IK-01 and IK-04 PELAYANAN, IK-02 PMD, IK-03
    // TRANTIB, IK-05 PEM, IK-06 UMPEG, IK-07 PERKEU); KESSOS has none, so gets no format.
    fireEvent.click(screen.getByRole('button', { name: `${label} (6)` }));
    expect((await screen.findByText(/^6 (file )?format/)).closest('[role="status"]')?.textContent).toBe(said);
    expect(
      port.calls.filter((c) => c.call === 'export').map((c) => (c.call === 'export' ? c.fileName : '')),
    ).toEqual(
      ['UMPEG', 'PERKEU', 'PEM', 'TRANTIB', 'PMD', 'PELAYANAN'].map(
        (k) => `format-data-kinerja-2017-${k}.xlsx`,
      ),
    );
  });

  test('a replaced value is shown old → new; a format with nothing filled gets no green badge', async () => {
    const tracker = sampleTracker();
    const pelayanan = buildFormatPlan(tracker, 'PELAYANAN', '2018-01-10T08:00:00');
    const values = sampleValues();
    values.set('IK-01', { ...values.get('IK-01'), realisasiTw4: 86.1 });
    const blank = buildFormatPlan(tracker, 'PEM', '2018-01-10T08:00:00');
    const sources: ConsolidationSource[] = [
      {
        name: pelayanan.fileName,
        snapshot: fillFormat(applyPlanToSnapshot({ sheets: [] }, pelayanan.plan), values),
      },
      { name: blank.fileName, snapshot: applyPlanToSnapshot({ sheets: [] }, blank.plan) },
    ];
    renderWithPort(
      <KonsolidasiView onNavigate={() => undefined} read={() => Promise.resolve(sources)} now={NOW} />,
      new FakePort(tracker),
    );
    await screen.findByRole('list', { name: 'Format per bagian' });
    pick(sources.map((s) => s.name));
    const changes = await screen.findByRole('list', { name: 'Nilai yang diganti' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^[A-Z]+\d+ \(IK-01 · Realisasi TW IV\): 85,7 → 86,1$/)]);
    const items = within(screen.getByRole('list', { name: 'Hasil per file' })).getAllByRole('listitem');
    // IK-01's TW IV replaced (85,7 → 86,1), IK-04 the same as in the tracker; PEM's IK-05 left blank.
    expect(items.map((li) => li.textContent)).toEqual([
      'format-data-kinerja-2017-PELAYANAN.xlsx2 baris digabung (0 baru, 1 diperbarui, 1 sudah sama).PELAYANAN',
      'format-data-kinerja-2017-PEM.xlsxTidak ada baris yang digabung; 1 baris belum diisi.belum diisi',
    ]);
    expect(within(items[1]!).queryByText('PEM')).toBeNull();
  });

  test('failure: a merge that cannot be written shows its sentence and leaves Data Kinerja as it was', async () => {
    const port = new FakePort(trackerWithoutData(), { fail: { apply: BUSY_ERROR } });
    renderWithPort(
      <KonsolidasiView
        onNavigate={() => undefined}
        read={() => Promise.resolve(filledFormats())}
        now={NOW}
      />,
      port,
    );
    await screen.findByRole('list', { name: 'Format per bagian' });
    pick(['a.xlsx']);
    fireEvent.click(await screen.findByRole('button', { name: 'Gabungkan ke Data Kinerja' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
    expect(dataRows(port)).toBe(0);
  });

  test('failure: files that cannot be read at all give the generic sentence', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithPort(
      <KonsolidasiView
        onNavigate={() => undefined}
        read={() => Promise.reject(new RangeError('offset'))}
        now={NOW}
      />,
      new FakePort(trackerWithoutData()),
    );
    await screen.findByRole('list', { name: 'Format per bagian' });
    pick(['a.xlsx']);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Terjadi kesalahan yang tidak terduga'),
    );
    // The unexpected error is kept for the developer console; the sentence above is what users see.
    expect(logged).toHaveBeenCalledWith(expect.any(RangeError));
    logged.mockRestore();
  });
});

describe('sourceDetail', () => {
  const report: SourceReport = {
    name: 'a.xlsx',
    kind: 'file',
    bagian: 'PEM',
    status: 'merged',
    rows: 1,
    merged: 1,
    added: 1,
    replaced: 0,
    unchanged: 0,
    empty: 0,
    rejected: 0,
    kept: 0,
    conflicts: 0,
    ratioCells: 0,
    missingIndicators: [],
  };
  test.each<[string, SourceReport, string]>([
    ['merged', report, '1 baris digabung (1 baru, 0 diperbarui, 0 sudah sama).'],
    [
      'nothing merged',
      { ...report, merged: 0, added: 0, empty: 1 },
      'Tidak ada baris yang digabung; 1 baris belum diisi.',
    ],
    [
      'unreadable',
      { ...report, bagian: null, status: 'skipped', skip: { reason: 'unreadable', message: 'File rusak.' } },
      'File rusak.',
    ],
    [
      'other year',
      {
        ...report,
        status: 'skipped',
        skip: { reason: 'other-year', formatYear: 2016, trackerYear: 2017, bagianNama: 'Seksi Trantib' },
      },
      'Format ini untuk Tahun Laporan 2016, sedangkan tracker untuk tahun 2017, jadi dilewati; kirim format tahun 2017 kepada Seksi Trantib.',
    ],
  ])('%s', (_, s, expected) => {
    expect(sourceDetail(s)).toBe(expected);
  });
});
