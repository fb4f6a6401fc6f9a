/** @jest-environment jsdom */
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { computeLakip } from '../../core/lakip/compute-lakip';
import { LAKIP_SHEETS } from '../../core/lakip/tables';
import { findSheet } from '../../core/snapshot';
import { BUSY_ERROR, FakePort } from '../testing/fake-port';
import { cleanTracker, emptyWorkbook, sampleTracker, trackerWithFindings } from '../testing/fixtures';
import { navigationSpy, renderWithPort } from '../testing/render';
import { capaianBars, labelLines, scaleMax } from './capaian-chart';
import { exportFileName } from '../../core/operations/export-lakip';
import { EksporView } from './ekspor-view';

/** The rows of the chart's hidden table: [indikator, capaian, kategori]. */
function chartRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Capaian per indikator' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('Ekspor', () => {
  test('empty workbook: nothing to export, leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(<EksporView onNavigate={nav.onNavigate} />, new FakePort(emptyWorkbook()));
    fireEvent.click(await screen.findByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('clean tracker: a chart with a bar per indicator and no warning', async () => {
    const snapshot = cleanTracker();
    renderWithPort(<EksporView onNavigate={() => undefined} />, new FakePort(snapshot));
    const chart = await screen.findByRole('img', { name: /^Grafik capaian \d+ indikator kinerja/ });
    expect(chart.getAttribute('data-testid')).toBe('capaian-chart');
    expect(chartRows()).toHaveLength(computeLakip(snapshot).summary.indicators);
    expect(screen.queryByText(/angka tidak dapat dihitung/)).toBeNull();
  });

  test('the sample: capaian with Indonesian decimals, coloured by kategori, on a 0–120 scale', async () => {
    renderWithPort(<EksporView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    await screen.findByRole('img', {
      name: 'Grafik capaian 7 indikator kinerja, skala 0 sampai 120 persen.',
    });
    expect(chartRows()).toEqual([
      ['Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan', '103,05', 'Sangat Tinggi'],
      expect.arrayContaining(['85,71', 'Tinggi']),
      expect.arrayContaining(['80,00', 'Tinggi']),
      expect.arrayContaining(['102,63', 'Sangat Tinggi']),
      expect.arrayContaining(['101,56', 'Sangat Tinggi']),
      expect.arrayContaining(['98,88', 'Sangat Tinggi']),
      expect.arrayContaining(['73,08', 'Sedang']),
    ]);
    const chart = screen.getByTestId('capaian-chart');
    expect(within(chart).getByText('103,05%')).toBeTruthy();
    expect(
      [...chart.querySelectorAll('rect[data-kategori]')].map((r) => r.getAttribute('data-kategori')),
    ).toEqual([
      'Sangat Tinggi',
      'Tinggi',
      'Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sedang',
    ]);
    expect(
      screen.getByText('7 indikator: 4 Sangat Tinggi, 2 Tinggi, 1 Sedang. Garis putus-putus = 100%.'),
    ).toBeTruthy();
  });

  test('writes the seven LAKIP sheets into the workbook', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis sheet LAKIP' }));
    expect(await screen.findByText('7 sheet LAKIP ditulis ulang.')).toBeTruthy();
    for (const name of LAKIP_SHEETS) expect(findSheet(port.snapshot, name)).toBeDefined();
  });

  test('Tulis sheet LAKIP is lakip export’s plan: a note typed in Keterangan survives the next write', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis sheet LAKIP' }));
    expect(await screen.findByText('7 sheet LAKIP ditulis ulang.')).toBeTruthy();
    // The user types a note in the first indicator's Keterangan (LAKIP Capaian I5), then writes again.
    port.snapshot = {
      sheets: port.snapshot.sheets.map((s) =>
        s.name !== 'LAKIP Capaian'
          ? s
          : {
              ...s,
              rows: s.rows.map((r, i) => (i === 4 ? r.map((v, c) => (c === 8 ? 'Dicek Sekcam.' : v)) : r)),
            },
      ),
    };
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet LAKIP' }));
    expect(await screen.findByText(/1 isian Anda di sheet LAKIP sebelumnya dipertahankan/)).toBeTruthy();
    expect(findSheet(port.snapshot, 'LAKIP Capaian')?.rows[4]?.[8]).toBe('Dicek Sekcam.');
  });

  test('inside Excel, opens the tables as a new workbook (not a download)', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Buka sebagai buku kerja baru' }));
    expect(await screen.findByText(/^Tabel LAKIP dibuka di buku kerja baru\./)).toBeTruthy();
    const call = port.calls.find((c) => c.call === 'export');
    expect(call).toMatchObject({ fileName: 'Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx' });
    expect(port.applied()).toEqual([]);
  });

  test('in the browser mode, offers a download', async () => {
    const port = new FakePort(sampleTracker(), { kind: 'browser' });
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh tabel LAKIP (.xlsx)' }));
    expect(
      await screen.findByText(
        'File "Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx" diunduh; lihat folder Unduhan di komputer Anda.',
      ),
    ).toBeTruthy();
  });

  test.each([
    [
      'browser',
      /^Dokumen Word "Laporan Kinerja Kecamatan Pasrujambe 2017 \(BAB II-III\)\.docx" diunduh; lihat folder Unduhan/,
    ],
    [
      'excel',
      /^Dokumen Word "Laporan Kinerja Kecamatan Pasrujambe 2017 \(BAB II-III\)\.docx" diunduh\. Bila unduhan tidak muncul/,
    ],
  ] as const)('%s: the BAB II/III Word document, built from the tracker as it is now', async (kind, said) => {
    const port = new FakePort(sampleTracker(), { kind });
    const built: unknown[] = [];
    const saved: { bytes: Uint8Array; name: string }[] = [];
    const docx = jest.fn(() =>
      Promise.resolve((r: ReturnType<typeof computeLakip>) => {
        built.push(r);
        return Promise.resolve(new Uint8Array([0x50, 0x4b, 3, 4]));
      }),
    );
    renderWithPort(
      <EksporView
        onNavigate={() => undefined}
        docx={docx}
        save={(bytes, name) => saved.push({ bytes, name })}
      />,
      port,
    );
    expect(docx).not.toHaveBeenCalled(); // the docx chunk is fetched only when asked for
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh dokumen Word (.docx)' }));
    expect(await screen.findByText(said)).toBeTruthy();
    expect(built).toEqual([computeLakip(sampleTracker())]);
    expect(saved).toEqual([
      {
        bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
        name: 'Laporan Kinerja Kecamatan Pasrujambe 2017 (BAB II-III).docx',
      },
    ]);
    expect(port.applied()).toEqual([]);
  });

  test('with findings: an indicator whose capaian cannot be computed is said so in the chart', async () => {
    renderWithPort(<EksporView onNavigate={() => undefined} />, new FakePort(trackerWithFindings()));
    await screen.findByRole('img', { name: /^Grafik capaian 7 indikator/ });
    expect(chartRows()[0]).toEqual([
      'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
      'tidak dapat dihitung',
      '–',
    ]);
    expect(within(screen.getByTestId('capaian-chart')).getByText('tak terhitung')).toBeTruthy();
  });

  test('failure: a failed export and a failed write each show their sentence', async () => {
    const boom = new Error('boom');
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const port = new FakePort(sampleTracker(), { fail: { export: BUSY_ERROR, apply: boom } });
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Buka sebagai buku kerja baru' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(BUSY_ERROR.userMessage));
    fireEvent.click(screen.getByRole('button', { name: 'Tulis sheet LAKIP' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert')[0]!.textContent).toContain('Terjadi kesalahan yang tidak terduga');
    // The unexpected error is kept for the developer console; the sentence above is what users see.
    expect(logged).toHaveBeenCalledWith(boom);
    logged.mockRestore();
  });
});

describe('the chart at any width', () => {
  test('drawn at its measured width (1 unit = 1 px), so its text keeps its size in a wide pane', async () => {
    const original = window.ResizeObserver;
    window.ResizeObserver = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element): void {
        this.callback([{ target, contentRect: { width: 696 } } as unknown as ResizeObserverEntry], this);
      }
      unobserve(): void {}
      disconnect(): void {}
    };
    try {
      renderWithPort(<EksporView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
      const chart = await screen.findByTestId('capaian-chart');
      await waitFor(() => expect(chart.getAttribute('viewBox')).toMatch(/^0 0 696 \d+/));
      // The 100 % line is at 100/120 of the plot, in pixels of the wide pane.
      const line = chart.querySelector('line');
      expect(Number(line?.getAttribute('x1'))).toBeCloseTo(((696 - 52) * 100) / 120, 5);
    } finally {
      window.ResizeObserver = original;
    }
  });
});

describe('the chart data', () => {
  test('one bar per Capaian row; the scale grows past 120 in steps of 20', () => {
    const bars = capaianBars(computeLakip(sampleTracker()));
    expect(bars.map((b) => b.capaian?.toFixed(2))).toEqual([
      '103.05',
      '85.71',
      '80.00',
      '102.63',
      '101.56',
      '98.88',
      '73.08',
    ]);
    expect(scaleMax(bars)).toBe(120);
    expect(scaleMax([{ kode: '1', indikator: 'x', capaian: 131.2, kategori: 'Sangat Tinggi' }])).toBe(140);
    expect(capaianBars({ tables: [] })).toEqual([]);
  });

  test('the file name of the export', () => {
    expect(exportFileName({ unit: 'Kecamatan Pasrujambe', tahun: 2017 })).toBe(
      'Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx',
    );
    expect(exportFileName({ unit: '', tahun: null })).toBe('Tabel LAKIP.xlsx');
  });
});

describe('labelLines', () => {
  test('cuts a name at spaces into lines of at most 50 characters, at most 3 lines', () => {
    expect(labelLines('Nilai AKIP kecamatan')).toEqual(['Nilai AKIP kecamatan']);
    const lines = labelLines(
      'Persentase pelayanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu sesuai standar',
    );
    expect(lines).toEqual([
      'Persentase pelayanan administrasi terpadu',
      'kecamatan (PATEN) yang diselesaikan tepat waktu',
      'sesuai standar',
    ]);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(labelLines('a '.repeat(200))).toHaveLength(3);
    expect(labelLines('a '.repeat(200))[2]).toMatch(/…$/);
    expect(labelLines('x'.repeat(60))).toEqual([`${'x'.repeat(49)}…`]);
  });
});
