/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { computeLakip } from '../../core/lakip/compute-lakip';
import { LAKIP_SHEETS } from '../../core/lakip/tables';
import { findSheet } from '../../core/snapshot';
import { BUSY_ERROR, FakePort } from '../../../test/support/taskpane/fake-port';
import { cleanTracker, emptyWorkbook, sampleTracker, trackerWithFindings } from '../../../test/support/taskpane/fixtures';
import { navigationSpy, renderWithPort } from '../../../test/support/taskpane/render';
import { tokens } from '@fluentui/react-components';
import { SasaranAverages, capaianBars, labelLines, scaleMax, shadeColor } from './capaian-chart';
import { exportFileName } from '../../core/operations/export-lakip';
import { EksporView } from './ekspor-view';

/** A colour as the DOM gives it back from an inline style (jsdom normalises some values). */
function toCss(color: string): string {
  const probe = document.createElement('span');
  probe.style.backgroundColor = color;
  return probe.style.backgroundColor;
}

/** The rows of the chart's hidden table: [indikator, capaian, kategori]. */
function chartRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Capaian per indikator' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

/** The value written at the end of each bar (and the 100 % line's label), top to bottom. */
function barValues(): (string | null)[] {
  return [...screen.getByTestId('capaian-chart').querySelectorAll('text')]
    .map((t) => t.textContent)
    .filter((t) => t !== null && /%$|^tak terhitung$/.test(t));
}

/** The whole status bar a sentence is shown in (its notes and its Tutup button included). */
async function statusOf(text: string | RegExp): Promise<string | null | undefined> {
  return (await screen.findByText(text)).closest('[role="status"]')?.textContent;
}

const LAKIP_SHEET_NAMES = [
  'LAKIP Perjanjian Kinerja',
  'LAKIP Capaian',
  'LAKIP Perbandingan',
  'LAKIP Analisis',
  'LAKIP Efisiensi',
  'LAKIP Anggaran',
  'LAKIP SOP',
];

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
    // The clean fixture (validTrackerData) has two PK indicators, IK-01 and IK-02.
    expect(chartRows().map((r) => r[0])).toEqual(['Indeks Kepuasan Masyarakat', 'Jumlah gangguan trantibum']);
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
    // By hand from the sample (src/core/seed/sample.ts), capaian = realisasi / target × 100:
    // IK-01 mean(83,2; 84,1; 85; 85,7) = 84,5 / 82 → 103,05; IK-02 85,71 / 100 → 85,71;
    // IK-03 negative (2×10 − (2+4+3+3)) / 10 → 80,00; IK-04 mean(96,8; 97,4; 98,1; 97,7) = 97,5 / 95
    // → 102,63; IK-05 81,25 / 80 → 101,56; IK-06 mean(97,2; 96,45; 96,8; 97,15) = 96,9 / 98 → 98,88;
    // IK-07 47,5 / 65 → 73,08. A value per bar, then the scale's labels 0, 50, 100 and 120 %.
    expect(barValues()).toEqual([
      '103,05%',
      '85,71%',
      '80,00%',
      '102,63%',
      '101,56%',
      '98,88%',
      '73,08%',
      '0%',
      '50%',
      '100%',
      '120%',
    ]);
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
    // From the rows above: 103,05 / 102,63 / 101,56 / 98,88 ≥ 91 → 4 Sangat Tinggi; 85,71 and 80,00
    // in 76–91 → 2 Tinggi; 73,08 in 66–76 → 1 Sedang.
    expect(screen.getByText(/^7 indikator: /).textContent).toBe(
      '7 indikator: 4 Sangat Tinggi, 2 Tinggi, 1 Sedang. Garis putus-putus = 100%.',
    );
  });

  test('the sample: each sasaran’s Rata-rata capaian sasaran under the chart, as the Capaian table has it', async () => {
    renderWithPort(<EksporView onNavigate={() => undefined} />, new FakePort(sampleTracker()));
    const list = await screen.findByRole('list', { name: 'Rata-rata capaian sasaran' });
    // By hand from the bars above: (103,05 + 102,63) ÷ 2 = 102,84 (≥ 91 Sangat Tinggi);
    // (85,71 + 101,56) ÷ 2 = 93,64 (Sangat Tinggi); 80,00 ÷ 1 = 80,00 (76–91 Tinggi);
    // (98,88 + 73,08) ÷ 2 = 85,98 (Tinggi). Every indicator counted, so no "dari" note.
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Meningkatnya kualitas pelayanan publik kecamatan102,84% · Sangat Tinggi',
      'Meningkatnya kualitas penyelenggaraan pemerintahan desa dan partisipasi masyarakat93,64% · Sangat Tinggi',
      'Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan80,00% · Tinggi',
      'Meningkatnya akuntabilitas kinerja dan disiplin aparatur kecamatan85,98% · Tinggi',
    ]);
  });

  test('writes the seven LAKIP sheets into the workbook', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis sheet LAKIP' }));
    expect(await statusOf('7 sheet LAKIP ditulis ulang.')).toBe('7 sheet LAKIP ditulis ulang.Tutup');
    expect(port.snapshot.sheets.map((s) => s.name).filter((n) => n.startsWith('LAKIP '))).toEqual(
      LAKIP_SHEET_NAMES,
    );
    expect(LAKIP_SHEETS).toEqual(LAKIP_SHEET_NAMES);
  });

  test('Tulis sheet LAKIP is lakip export’s plan: a note typed in Keterangan survives the next write', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Tulis sheet LAKIP' }));
    expect(await statusOf('7 sheet LAKIP ditulis ulang.')).toBe('7 sheet LAKIP ditulis ulang.Tutup');
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
    expect(await statusOf(/1 isian Anda di sheet LAKIP sebelumnya dipertahankan/)).toBe(
      '7 sheet LAKIP ditulis ulang.1 isian Anda di sheet LAKIP sebelumnya dipertahankan di baris yang sama (menurut indikator/program).Tutup',
    );
    expect(findSheet(port.snapshot, 'LAKIP Capaian')?.rows[4]?.[8]).toBe('Dicek Sekcam.');
  });

  test('inside Excel, opens the tables as a new workbook (not a download)', async () => {
    const port = new FakePort(sampleTracker());
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Buka sebagai buku kerja baru' }));
    expect(await statusOf(/^Tabel LAKIP dibuka di buku kerja baru\./)).toBe(
      'Tabel LAKIP dibuka di buku kerja baru. Simpan buku kerja itu dari Excel (File > Simpan).Tutup',
    );
    const call = port.calls.find((c) => c.call === 'export');
    expect(call).toMatchObject({ fileName: 'Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx' });
    expect(port.applied()).toEqual([]);
  });

  test('in the browser mode, offers a download', async () => {
    const port = new FakePort(sampleTracker(), { kind: 'browser' });
    renderWithPort(<EksporView onNavigate={() => undefined} />, port);
    fireEvent.click(await screen.findByRole('button', { name: 'Unduh tabel LAKIP (.xlsx)' }));
    expect(
      await statusOf(
        'File "Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx" diunduh; lihat folder Unduhan di komputer Anda.',
      ),
    ).toBe(
      'File "Tabel LAKIP Kecamatan Pasrujambe 2017.xlsx" diunduh; lihat folder Unduhan di komputer Anda.Tutup',
    );
  });

  test.each([
    [
      'browser',
      'Dokumen Word "Laporan Kinerja Kecamatan Pasrujambe 2017 (BAB II-III).docx" diunduh; lihat folder Unduhan di komputer Anda. Buka di Word untuk melengkapi narasi BAB II dan BAB III.',
    ],
    [
      'excel',
      'Dokumen Word "Laporan Kinerja Kecamatan Pasrujambe 2017 (BAB II-III).docx" diunduh. Bila unduhan tidak muncul (Excel untuk Mac tidak mengizinkan unduhan dari panel), simpan buku kerja ini lalu buka panel LAKIP Tracker di peramban (mode peramban) dengan file itu, atau jalankan: lakip export tracker.xlsx --docx laporan.docx',
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
    expect(await statusOf(/^Dokumen Word /)).toBe(`${said}Tutup`);
    // The report handed to the Word builder is the sample's: its 7 capaian, as in the chart.
    expect(built).toHaveLength(1);
    expect(
      capaianBars(built[0] as ReturnType<typeof computeLakip>).map((b) => b.capaian?.toFixed(2)),
    ).toEqual(['103.05', '85.71', '80.00', '102.63', '101.56', '98.88', '73.08']);
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
    // Only IK-01 (its Target PK!G6 holds text) cannot be computed.
    expect(barValues()).toEqual([
      'tak terhitung',
      '85,71%',
      '80,00%',
      '102,63%',
      '101,56%',
      '98,88%',
      '73,08%',
      '0%',
      '50%',
      '100%',
      '120%',
    ]);
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

describe('SasaranAverages', () => {
  test('a sasaran with indicators left out says how many it counts; one with no average says so', () => {
    // Sasaran A: (100 + 90) ÷ 2 = 95 %; Sasaran B: 60 ÷ 80 × 100 = 75 % from 1 of its 2 indicators
    // (the other has no capaian); Sasaran C: none of its 2 indicators has a capaian.
    render(
      <SasaranAverages
        averages={[
          { sasaran: 'Sasaran A', capaian: 95, kategori: 'Sangat Tinggi', indicators: 2, counted: 2 },
          { sasaran: 'Sasaran B', capaian: 75, kategori: 'Sedang', indicators: 2, counted: 1 },
          { sasaran: 'Sasaran C', capaian: null, kategori: null, indicators: 2, counted: 0 },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Rata-rata capaian sasaran' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sasaran A95,00% · Sangat Tinggi',
      'Sasaran B75,00% · Sedang (1 dari 2 indikator dihitung)',
      'Sasaran Cbelum dapat dihitung',
    ]);
  });

  test('the swatch takes the shade of the scheme in force (a sheet Kategori Capaian of its own)', () => {
    // Three bands at ranks 0, 1, 2 of 2: shades 0, 0,5, 1; "Memuaskan" is the middle one.
    render(
      <SasaranAverages
        averages={[
          { sasaran: 'Sasaran A', capaian: 92, kategori: 'Memuaskan', indicators: 1, counted: 1 },
          { sasaran: 'Sasaran B', capaian: 10, kategori: 'Tidak Ada Target', indicators: 1, counted: 1 },
        ]}
        legend={[
          { kategori: 'Sangat Memuaskan', shade: 0 },
          { kategori: 'Memuaskan', shade: 0.5 },
          { kategori: 'Kurang', shade: 1 },
          { kategori: 'Tidak Ada Target', shade: undefined },
        ]}
      />,
    );
    const swatches = within(screen.getByRole('list', { name: 'Rata-rata capaian sasaran' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector<HTMLElement>('[aria-hidden="true"]')?.style.backgroundColor);
    expect(swatches).toEqual([toCss(shadeColor(0.5)), toCss(tokens.colorNeutralBackground3)]);
  });

  test('no sasaran: nothing is shown', () => {
    const { container } = render(<SasaranAverages averages={[]} />);
    expect(container.textContent).toBe('');
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
