/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { rekapPlan, buildRekap, summariseTracker, type TrackerFacts } from '../../core/operations/rekap';
import { alpha, beta, delta2016, gamma } from '../../../test/support/rekap-fixtures';
import type { PickedFile } from '../source-files';
import { FakePort } from '../../../test/support/taskpane/fake-port';
import { emptyWorkbook } from '../../../test/support/taskpane/fixtures';
import { renderWithPort } from '../../../test/support/taskpane/render';
import { LakipError } from '../../core/errors';
import { readRekapFacts, RekapView, unitBars } from './rekap-view';

const SNAPSHOTS = {
  'alpha.xlsx': alpha,
  'beta.xlsx': beta,
  'gamma.xlsx': gamma,
  'delta-2016.xlsx': delta2016,
};

/** Reads the picked names from the fixtures; any other name is a damaged file. */
function fakeRead(files: readonly PickedFile[]): Promise<TrackerFacts[]> {
  return Promise.resolve(
    files.map((f) => {
      const make = SNAPSHOTS[f.name as keyof typeof SNAPSHOTS] as
        (() => ReturnType<typeof alpha>) | undefined;
      return make !== undefined
        ? summariseTracker(make(), f.name)
        : { kind: 'skip', skip: { file: f.name, reason: `File "${f.name}" rusak atau tidak lengkap.` } };
    }),
  );
}

function pick(names: readonly string[]): void {
  fireEvent.change(screen.getByTestId('rekap-files-input'), {
    target: { files: names.map((n) => new File(['x'], n)) },
  });
}

describe('Rekap', () => {
  test('many files: the result per file, a chart of one indicator across units, the rekap as a new workbook', async () => {
    const port = new FakePort(emptyWorkbook());
    renderWithPort(<RekapView onNavigate={() => undefined} read={fakeRead} />, port);
    pick(['gamma.xlsx', 'alpha.xlsx', 'rusak.xlsx', 'beta.xlsx', 'delta-2016.xlsx']);
    expect(
      (await screen.findByText('3 unit kerja direkap, Tahun Laporan 2017; 2 file dilewati.')).textContent,
    ).toBe('3 unit kerja direkap, Tahun Laporan 2017; 2 file dilewati.');
    const list = screen.getByRole('list', { name: 'Hasil rekap per file' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((li) => within(li).getByText(/^(direkap|dilewati)$/).textContent)).toEqual([
      'direkap',
      'direkap',
      'dilewati',
      'direkap',
      'dilewati',
    ]);
    expect(within(items[4] as HTMLElement).getByText(/Tahun Laporan-nya 2016, bukan 2017/).textContent).toBe(
      'delta-2016.xlsx (Kecamatan Delta) tidak direkap: Tahun Laporan-nya 2016, bukan 2017 seperti tracker lainnya; rekap tahun 2016 terpisah dengan tracker tahun itu.',
    );

    // The chart: IKU-01 first, one bar per unit coloured by its kategori.
    const chart = screen.getByTestId('capaian-chart');
    expect(
      [...chart.querySelectorAll('rect[data-kategori]')].map((r) => r.getAttribute('data-kategori')),
    ).toEqual(['Tinggi', 'Sangat Tinggi', 'Tinggi']);
    expect(screen.getByTestId('rekap-kalimat').textContent).toBe(
      'Capaian indikator Persentase pelayanan KTP-el (IKU-01) tertinggi di Kecamatan Beta (100,00%) dan terendah di Kecamatan Alpha dan Kecamatan Gamma (80,00%); rata-rata 86,67%.',
    );
    // Another indicator: IKU-03, which Beta lacks (no bar).
    fireEvent.change(screen.getByTestId('rekap-indikator'), { target: { value: '2' } });
    expect(
      [...screen.getByTestId('capaian-chart').querySelectorAll('rect[data-kategori]')].map((r) =>
        r.getAttribute('data-kategori'),
      ),
    ).toEqual(['Sangat Tinggi', 'Tinggi']);
    const beta = screen.getByRole('rowheader', { name: 'Kecamatan Beta (tidak memiliki indikator ini)' });
    expect(beta.parentElement?.querySelector('td')?.textContent).toBe('tidak dapat dihitung');

    fireEvent.click(screen.getByRole('button', { name: 'Buka rekap di buku kerja baru' }));
    expect((await screen.findByText(/^Rekap dibuka di buku kerja baru/)).textContent).toBe(
      'Rekap dibuka di buku kerja baru (Rekap Capaian, Rekap Anggaran, Rekap SOP dan Dokumen, Rekap Pemeriksaan). Simpan sebagai Rekap Kinerja Kabupaten Lumajang 2017.xlsx.',
    );
    const expected = buildRekap(
      await fakeRead(
        ['alpha.xlsx', 'beta.xlsx', 'gamma.xlsx', 'rusak.xlsx', 'delta-2016.xlsx'].map((name) => ({
          name,
          read: () => Promise.resolve(new ArrayBuffer(0)),
        })),
      ),
    );
    expect(port.calls.find((c) => c.call === 'export')).toEqual({
      call: 'export',
      plan: rekapPlan(expected),
      fileName: 'Rekap Kinerja Kabupaten Lumajang 2017.xlsx',
    });
  });

  test('no file that can be summarised: one sentence, and why per file', async () => {
    renderWithPort(<RekapView onNavigate={() => undefined} read={fakeRead} />, new FakePort(emptyWorkbook()));
    pick(['rusak.xlsx']);
    expect((await screen.findByText(/Tidak ada tracker yang dapat direkap/)).textContent).toBe(
      'Gagal. Tidak ada tracker yang dapat direkap; alasannya ada di bawah per file.',
    );
    expect(screen.getByText('File "rusak.xlsx" rusak atau tidak lengkap.').textContent).toBe(
      'File "rusak.xlsx" rusak atau tidak lengkap.',
    );
    expect(screen.queryByRole('button', { name: /rekap di buku kerja baru/ })).toBeNull();
  });

  test('unitBars: one bar per unit; a unit without the indicator says so', async () => {
    const rekap = buildRekap(
      await fakeRead(
        ['alpha.xlsx', 'beta.xlsx'].map((name) => ({
          name,
          read: () => Promise.resolve(new ArrayBuffer(0)),
        })),
      ),
    );
    expect(unitBars(rekap, 2)).toEqual([
      { kode: 'Kecamatan Alpha', indikator: 'Kecamatan Alpha', capaian: 100, kategori: 'Sangat Tinggi' },
      {
        kode: 'Kecamatan Beta',
        indikator: 'Kecamatan Beta (tidak memiliki indikator ini)',
        capaian: null,
        kategori: null,
      },
    ]);
  });
});

describe('readRekapFacts: each picked file read on its own', () => {
  const engine = (fail: Record<string, Error>) => () =>
    Promise.resolve({
      readFile: (_data: ArrayBuffer | Uint8Array, name: string) => {
        const error = fail[name];
        if (error !== undefined) return Promise.reject(error);
        return Promise.resolve(alpha());
      },
      patch: () => new Uint8Array(),
      blank: () => new Uint8Array(),
    });
  const files = (names: readonly string[]): PickedFile[] =>
    names.map((name) => ({ name, read: () => Promise.resolve(new ArrayBuffer(0)) }));

  test("a file that fails without a sentence is skipped as damaged; the guard's sentence is kept; the rest are read", async () => {
    const facts = await readRekapFacts(
      files(['alpha.xlsx', 'pecah.xlsx', 'laporan.pdf']),
      engine({
        'pecah.xlsx': new RangeError('invalid zip data'),
        'laporan.pdf': new LakipError(
          'file/not-xlsx',
          'File "laporan.pdf" adalah PDF, bukan workbook Excel.',
        ),
      }),
    );
    expect(facts.map((f) => (f.kind === 'skip' ? f.skip : f.kind))).toEqual([
      'unit',
      {
        file: 'pecah.xlsx',
        reason:
          'File "pecah.xlsx" rusak atau tidak lengkap sehingga tidak dapat dibaca; minta salinan baru dari kecamatannya, atau buka di Excel lalu simpan ulang sebagai .xlsx.',
      },
      { file: 'laporan.pdf', reason: 'File "laporan.pdf" adalah PDF, bukan workbook Excel.' },
    ]);
  });
});
