/** @jest-environment jsdom */
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ConsolidationSource, SourceReport } from '../../core/consolidate/consolidate';
import { fillFormat, sampleValues, trackerWithoutData } from '../../core/consolidate/fixtures.test-helper';
import { buildFormatPlan, listFormatBagian } from '../../core/consolidate/format-plan';
import { applyPlanToSnapshot } from '../../core/plan/plan-to-snapshot';
import { readTable } from '../../core/read/read-table';
import { findSchemaSheet } from '../../core/read/tracker';
import { SCHEMAS } from '../../core/schema/registry';
import { readSopState } from '../../core/sop/sop-steps';
import { buildSopUpdatePlan } from '../../core/sop/sop-update-plan';
import { BUSY_ERROR, FakePort } from '../testing/fake-port';
import { emptyWorkbook, sampleTracker } from '../testing/fixtures';
import { navigationSpy, renderWithPort } from '../testing/render';
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
    const bagian = listFormatBagian(tracker);
    expect(within(list).getAllByRole('listitem')).toHaveLength(bagian.length);
    const first = bagian.find((b) => b.indicators > 0)!;
    const item = within(list)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText(first.nama) !== null)!;
    fireEvent.click(within(item).getByRole('button', { name: 'Buka format', description: first.nama }));
    expect(
      await screen.findByText(
        new RegExp(`^Format ${first.nama} \\(${first.indicators} indikator\\) dibuka di buku kerja baru`),
      ),
    ).toBeTruthy();
    expect(port.calls.find((c) => c.call === 'export')).toMatchObject({
      fileName: `format-data-kinerja-2017-${first.kode}.xlsx`,
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
    expect(within(items[items.length - 1]!).getByText('dilewati')).toBeTruthy();
    expect(within(items[0]!).getByText(/baris digabung/)).toBeTruthy();
    expect(dataRows(port)).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Gabungkan ke Data Kinerja' }));
    expect(await screen.findByText(/^Data Kinerja diperbarui/)).toBeTruthy();
    expect(dataRows(port)).toBe(7);

    fireEvent.click(await screen.findByRole('button', { name: 'Tandai langkah 3 SOP Selesai' }));
    expect(await screen.findByText('Langkah 3 SOP ditandai Selesai.')).toBeTruthy();
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

  test.each([
    ['excel', 'Buka semua format'],
    ['browser', 'Unduh semua format'],
  ] as const)('%s: one button for every bagian’s format, each made in turn', async (kind, label) => {
    const tracker = trackerWithoutData();
    const port = new FakePort(tracker, { kind });
    renderWithPort(<KonsolidasiView onNavigate={() => undefined} now={NOW} />, port);
    await screen.findByRole('list', { name: 'Format per bagian' });
    const wanted = listFormatBagian(tracker).filter((b) => b.indicators > 0);
    fireEvent.click(screen.getByRole('button', { name: `${label} (${wanted.length})` }));
    expect(await screen.findByText(new RegExp(`^${wanted.length} (file )?format`))).toBeTruthy();
    expect(
      port.calls.filter((c) => c.call === 'export').map((c) => (c.call === 'export' ? c.fileName : '')),
    ).toEqual(wanted.map((b) => `format-data-kinerja-2017-${b.kode}.xlsx`));
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
    expect(within(items[0]!).getByText('PELAYANAN')).toBeTruthy();
    expect(within(items[1]!).queryByText('PEM')).toBeNull();
    expect(within(items[1]!).getByText('belum diisi')).toBeTruthy();
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
