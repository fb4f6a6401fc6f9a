/** @jest-environment jsdom */
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ConsolidationSource } from '../../core/consolidate/consolidate';
import { fillFormat, sampleValues, trackerWithoutData } from '../../core/consolidate/fixtures.test-helper';
import { buildFormatPlan, listFormatBagian } from '../../core/consolidate/format-plan';
import { applyPlanToSnapshot } from '../../core/plan/plan-to-snapshot';
import { readTable } from '../../core/read/read-table';
import { findSchemaSheet } from '../../core/read/tracker';
import { SCHEMAS } from '../../core/schema/registry';
import { readSopState } from '../../core/sop/sop-steps';
import { buildSopUpdatePlan } from '../../core/sop/sop-update-plan';
import { BUSY_ERROR, FakePort } from '../testing/fake-port';
import { emptyWorkbook } from '../testing/fixtures';
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
    fireEvent.click(within(list).getByRole('button', { name: `Buat format ${first.nama}` }));
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
  test.each([
    ['a.xlsx (PEM): 1 baris digabung.', '1 baris digabung.'],
    ['a.xlsx: dilewati. File rusak.', 'File rusak.'],
    ['a.xlsx (PEM): tidak ada baris yang digabung', 'Tidak ada baris yang digabung'],
    ['lain: tetap', 'lain: tetap'],
  ])('%s', (line, expected) => {
    expect(sourceDetail(line, line.startsWith('a.xlsx') ? 'a.xlsx' : 'b.xlsx')).toBe(expected);
  });
});
