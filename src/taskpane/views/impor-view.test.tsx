/** @jest-environment jsdom */
import '../../../test/support/taskpane/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ESAKIP_TRIWULAN, sampleTracker, sourceSnapshot } from '../../../test/support/import-fixtures';
import { cellAt, findSheet, type SheetSnapshot, type WorkbookSnapshot } from '../../core/snapshot';
import { emptyWorkbook } from '../../../test/support/taskpane/fixtures';
import { FakeBrowserPort, FakePort } from '../../../test/support/taskpane/fake-port';
import { navigationSpy, renderWithPort } from '../../../test/support/taskpane/render';
import { ImporView } from './impor-view';
import type { readSources } from '../source-files';

const FILE = 'esakip-triwulan.xlsx';

/** The picked file read as the e-SAKIP quarterly template. */
const readEsakip: typeof readSources = (files) =>
  Promise.resolve(files.map((f) => ({ name: f.name, snapshot: sourceSnapshot(ESAKIP_TRIWULAN) })));

function pickFile(): void {
  fireEvent.change(screen.getByTestId('impor-file-input'), {
    target: { files: [new File(['x'], FILE)] },
  });
}

function texts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

function select(label: string): HTMLSelectElement {
  return screen.getByLabelText(label);
}

/** A Data Kinerja cell of the port's workbook, by Excel row and column. */
function dk(snapshot: WorkbookSnapshot, row: number, col: number): unknown {
  return cellAt(findSheet(snapshot, 'Data Kinerja') as SheetSnapshot, row - 1, col - 1);
}

const CHANGE_IK01 =
  'Baris 2 → baris 6 (IK-01): Realisasi TW II 35 → 40; Realisasi TW III (kosong) → 60; Realisasi TW IV (kosong) → 79; Faktor Penghambat (kosong) → “Anggaran terbatas”; Upaya Perbaikan (kosong) → “Pelatihan daring”; Bukti Dukung (kosong) → “https://contoh.go.id/bukti/ik01”';

describe('Impor', () => {
  test('no tracker yet: leads to Siapkan', async () => {
    const nav = navigationSpy();
    renderWithPort(
      <ImporView onNavigate={nav.onNavigate} read={readEsakip} />,
      new FakePort(emptyWorkbook()),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Buka Siapkan' }));
    expect(nav.visited).toEqual(['siapkan']);
  });

  test('browser mode: a picked file is read as the operation proposes — target, header rows, fields with confidence and evidence, the preview', async () => {
    const port = new FakeBrowserPort(sampleTracker());
    renderWithPort(<ImporView onNavigate={() => undefined} read={readEsakip} />, port);
    await screen.findByRole('heading', { name: '1. Sumber data' });
    pickFile();
    expect(await screen.findAllByRole('heading', { name: 'Tabel 1: Sheet1!A1:Q4' })).toHaveLength(1);
    expect(screen.getByTestId('impor-file').textContent).toBe(`Sumber: ${FILE}`);
    expect(screen.getAllByText('Judul kolom di baris 1, 3 baris data.')).toHaveLength(1);
    expect(select('Sheet tujuan di tracker').value).toBe('dataKinerja');

    // The header row is highlighted (th) above the first data rows.
    const grid = screen.getByRole('table', { name: 'Tabel sumber Sheet1!A1:Q4' });
    const gridRows = within(grid).getAllByRole('row');
    expect(gridRows).toHaveLength(4);
    expect(
      within(gridRows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toHaveLength(17);
    expect(within(gridRows[0]!).getAllByRole('columnheader')[1]!.textContent).toBe('kode_indikator');
    expect(within(gridRows[2]!).queryAllByRole('columnheader')).toHaveLength(0);

    // Each column: its field (a select of Data Kinerja's fields or "abaikan"), confidence, evidence.
    expect(select('B · kode_indikator').value).toBe('kodeIndikator');
    expect(select('L · realisasi_tw2').value).toBe('realisasiTw2');
    expect(select('C · sasaran').value).toBe('');
    expect(
      within(screen.getByTestId('kolom-B')).getAllByText('keyakinan 90% · isi: 0 angka, 3 teks'),
    ).toHaveLength(1);
    expect(
      within(screen.getByTestId('kolom-C')).getAllByText(
        'tidak diimpor (sheet Data Kinerja tidak punya kolom untuk ini) · isi: 0 angka, 3 teks',
      ),
    ).toHaveLength(1);
    expect(
      within(screen.getByTestId('kolom-O')).getAllByText(
        'keyakinan 90% · isi: 0 angka, 1 teks, 1 "-"/n/a, 1 kosong',
      ),
    ).toHaveLength(1);
    const options = within(select('B · kode_indikator'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.slice(0, 4)).toEqual(['abaikan', 'Bagian', 'Kode Indikator', 'Indikator']);

    // The preview: counts, rows added, rows changed old → new, problems, the open decision.
    expect(screen.getByTestId('impor-hitungan').textContent).toBe(
      '3 baris dibaca: 2 ditambahkan, 1 diubah, 0 dilewati.',
    );
    expect(texts(screen.getByRole('list', { name: 'Baris ditambahkan tabel 1' }))).toEqual([
      'Baris 3 → baris 7 (IK-02)',
      'Baris 4 → baris 8 (IK-03)',
    ]);
    expect(texts(screen.getByRole('list', { name: 'Baris diubah tabel 1' }))).toEqual([CHANGE_IK01]);
    expect(texts(screen.getByRole('list', { name: 'Masalah tabel 1' }))).toEqual([
      'Sel O3 (Kendala yg Dihadapi) berisi "-": dibaca sebagai kosong, tidak diimpor.',
      'Sel P3 (Solusi yg Telah Dilakukan) berisi "-": dibaca sebagai kosong, tidak diimpor.',
      'Sel Q4 (Link Bukti Dukung Kinerja) berisi "n/a" (tidak tersedia): tidak diimpor.',
      'Baris 2: realisasi dibaca kumulatif (nilai sampai dengan periode itu), tetapi Isian Realisasi indikator IK-01 "Per Triwulan" dan Metode Agregasinya "Kumulatif" menjumlahkan triwulan: capaian akan salah. Isi kolom Isian Realisasi indikator ini di PK dengan "Kumulatif s.d. Triwulan" (atau Isian Realisasi Triwulan di Pengaturan bila semua indikator diisi begitu), atau impor dengan pilihan per triwulan.',
    ]);
    const decisions = screen.getByRole('list', { name: 'Keputusan tabel 1' });
    expect(texts(decisions)[0]).toMatch(
      /^Apakah nilai triwulan tabel Sheet1!A1:Q4 kumulatif \(sampai dengan triwulan itu\) atau per triwulan\? Dipakai: kumulatif \(nilai sampai dengan periode itu\)\. Dasar: nilai tidak pernah turun, dan nilai terakhir mendekati target pada 3 dari 3 indikator\./,
    );
    expect(select('Nilai periode di sumber').value).toBe('kumulatif');
    expect(screen.getByTestId('impor-ringkasan').textContent).toBe(
      'Impor: 2 baris ditambahkan, 1 baris diubah. Hanya sheet tracker yang ditulis; pemetaan kolom diingat untuk impor berikutnya.',
    );
    // The preview changes nothing.
    expect(port.applied()).toEqual([]);
  });

  test('a correction changes the preview: a column set to abaikan, per triwulan chosen, another target', async () => {
    const port = new FakeBrowserPort(sampleTracker());
    renderWithPort(<ImporView onNavigate={() => undefined} read={readEsakip} />, port);
    await screen.findByRole('heading', { name: '1. Sumber data' });
    pickFile();
    await screen.findByRole('heading', { name: 'Tabel 1: Sheet1!A1:Q4' });

    fireEvent.change(select('O · Kendala yg Dihadapi'), { target: { value: '' } });
    expect(select('O · Kendala yg Dihadapi').value).toBe('');
    expect(
      within(screen.getByTestId('kolom-O')).getAllByText(/^tidak diimpor \(koreksi pengguna\)/),
    ).toHaveLength(1);
    expect(texts(screen.getByRole('list', { name: 'Baris diubah tabel 1' }))).toEqual([
      'Baris 2 → baris 6 (IK-01): Realisasi TW II 35 → 40; Realisasi TW III (kosong) → 60; Realisasi TW IV (kosong) → 79; Upaya Perbaikan (kosong) → “Pelatihan daring”; Bukti Dukung (kosong) → “https://contoh.go.id/bukti/ik01”',
    ]);
    // The other columns keep their fields.
    expect(select('P · Solusi yg Telah Dilakukan').value).toBe('upayaPerbaikan');

    fireEvent.change(select('Nilai periode di sumber'), { target: { value: 'per-triwulan' } });
    expect(select('Nilai periode di sumber').value).toBe('per-triwulan');
    expect(texts(screen.getByRole('list', { name: 'Keputusan tabel 1' }))[0]).toMatch(
      /Dipakai: per triwulan \(nilai triwulan itu saja\) \(pilihan pengguna\)\. Dasar: dugaan dari angka: kumulatif \(nilai sampai dengan periode itu\); /,
    );
    // IK-01 (Kumulatif in the PK) fits now; IK-02 and IK-03 (Nilai Akhir) do not.
    expect(texts(screen.getByRole('list', { name: 'Masalah tabel 1' }))).toEqual([
      'Sel P3 (Solusi yg Telah Dilakukan) berisi "-": dibaca sebagai kosong, tidak diimpor.',
      'Sel Q4 (Link Bukti Dukung Kinerja) berisi "n/a" (tidak tersedia): tidak diimpor.',
      'Baris 3: realisasi dibaca per triwulan (nilai triwulan itu saja), tetapi Metode Agregasi indikator IK-02 di PK "Nilai Akhir" memakai triwulan terakhir saja: capaian akan salah. Ubah Metode Agregasi di PK ke "Kumulatif", atau impor dengan pilihan kumulatif.',
      'Baris 4: realisasi dibaca per triwulan (nilai triwulan itu saja), tetapi Metode Agregasi indikator IK-03 di PK "Nilai Akhir" memakai triwulan terakhir saja: capaian akan salah. Ubah Metode Agregasi di PK ke "Kumulatif", atau impor dengan pilihan kumulatif.',
    ]);
    expect(select('O · Kendala yg Dihadapi').value).toBe('');

    fireEvent.change(select('Sheet tujuan di tracker'), { target: { value: '' } });
    expect(
      screen.getAllByText(
        'Tabel ini belum punya sheet tujuan: pilih sheet tracker yang datanya sesuai, atau biarkan tidak diimpor.',
      ),
    ).toHaveLength(1);
    expect(screen.getByTestId('impor-ringkasan').textContent).toBe(
      'Belum ada tabel dengan sheet tujuan: pilih sheet tujuan di atas.',
    );
    expect(screen.queryByRole('button', { name: 'Terapkan' })).toBeNull();
  });

  test('Terapkan applies the plan through the port: the rows written, the mapping remembered; then nothing left to do', async () => {
    const port = new FakeBrowserPort(sampleTracker());
    renderWithPort(<ImporView onNavigate={() => undefined} read={readEsakip} />, port);
    await screen.findByRole('heading', { name: '1. Sumber data' });
    pickFile();
    await screen.findByRole('heading', { name: 'Tabel 1: Sheet1!A1:Q4' });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(
      await screen.findAllByText(
        'Impor: 2 baris ditambahkan, 1 baris diubah. Klik Unduh di atas untuk menyimpan file hasilnya.',
      ),
    ).toHaveLength(1);
    const [plan] = port.applied();
    expect(port.applied()).toHaveLength(1);
    expect(plan!.ops.slice(0, 9)).toEqual([
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 7, values: [[40]] },
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 8, values: [[60]] },
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 9, values: [[79]] },
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 11, values: [['Anggaran terbatas']] },
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 12, values: [['Pelatihan daring']] },
      {
        op: 'setValues',
        sheet: 'Data Kinerja',
        row: 6,
        col: 13,
        values: [['https://contoh.go.id/bukti/ik01']],
      },
      { op: 'setValues', sheet: 'Data Kinerja', row: 6, col: 15, values: [[`${FILE} · Sheet1!A2:Q2`]] },
      {
        op: 'setValues',
        sheet: 'Data Kinerja',
        row: 7,
        col: 1,
        values: [
          [
            'SEKRE',
            'IK-02',
            'Persentase cabang olahraga berprestasi',
            'Persen',
            100,
            100,
            100,
            100,
            100,
            null,
            null,
            null,
            null,
            null,
            `${FILE} · Sheet1!A3:Q3`,
          ],
        ],
      },
      {
        op: 'setValues',
        sheet: 'Data Kinerja',
        row: 8,
        col: 1,
        values: [
          [
            'SEKRE',
            'IK-03',
            'Indeks kepuasan layanan kepemudaan',
            'Angka',
            0.9,
            0.2,
            0.45,
            0.7,
            0.88,
            null,
            null,
            null,
            null,
            null,
            `${FILE} · Sheet1!A4:Q4`,
          ],
        ],
      },
    ]);
    expect(plan!.ops[9]).toEqual({ op: 'ensureSheet', sheet: 'Peta Impor', hidden: true });
    // The held workbook has the imported rows.
    expect(dk(port.snapshot, 7, 2)).toBe('IK-02');
    expect(dk(port.snapshot, 8, 9)).toBe(0.88);
    expect(dk(port.snapshot, 6, 7)).toBe(40);
    expect(port.modified).toBe(true);

    // Read again, the same file changes nothing, with the remembered mapping.
    await waitFor(() =>
      expect(screen.getByTestId('impor-ringkasan').textContent).toBe(
        'Tidak ada yang perlu diubah di tracker: semua baris sudah sama.',
      ),
    );
    expect(screen.getAllByText('pemetaan diingat dari impor sebelumnya')).toHaveLength(1);
    expect(screen.getAllByText('3 baris sudah sama dengan tracker: tidak ada yang berubah.')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Terapkan' })).toBeNull();
  });

  test('inside Excel: a sheet of the open workbook is the source (the tracker sheets are not offered), and stays untouched', async () => {
    const source = sourceSnapshot(ESAKIP_TRIWULAN).sheets[0]!;
    const tracker = sampleTracker();
    const port = new FakePort({ sheets: [...tracker.sheets, { ...source, name: 'Data e-SAKIP' }] });
    renderWithPort(<ImporView onNavigate={() => undefined} read={readEsakip} />, port);
    const sheet = await screen.findByLabelText('Sheet sumber');
    expect(
      within(sheet)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— pilih sheet —', 'Data e-SAKIP']);
    expect(screen.queryByTestId('impor-file-input')).toBeNull();
    fireEvent.change(sheet, { target: { value: 'Data e-SAKIP' } });
    expect(await screen.findAllByRole('heading', { name: 'Tabel 1: Data e-SAKIP!A1:Q4' })).toHaveLength(1);
    expect(screen.getByTestId('impor-hitungan').textContent).toBe(
      '3 baris dibaca: 2 ditambahkan, 1 diubah, 0 dilewati.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findAllByText('Impor: 2 baris ditambahkan, 1 baris diubah.')).toHaveLength(1);
    const written = new Set(port.applied().flatMap((p) => p.ops.map((o) => ('sheet' in o ? o.sheet : ''))));
    expect([...written].sort()).toEqual(['Data Kinerja', 'Peta Impor']);
    expect(findSheet(port.snapshot, 'Data e-SAKIP')?.rows).toEqual(source.rows);
  });

  test('a file that cannot be read: its one sentence, nothing else', async () => {
    const port = new FakeBrowserPort(sampleTracker());
    const unreadable: typeof readSources = (files) =>
      Promise.resolve(
        files.map((f) => ({
          name: f.name,
          unreadable: `File ${f.name} bukan file .xlsx; simpan sebagai .xlsx.`,
        })),
      );
    renderWithPort(<ImporView onNavigate={() => undefined} read={unreadable} />, port);
    await screen.findByRole('heading', { name: '1. Sumber data' });
    pickFile();
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Gagal. File ${FILE} bukan file .xlsx; simpan sebagai .xlsx.`,
    );
    expect(screen.queryByRole('heading', { name: '2. Cara membaca dan pratinjau' })).toBeNull();
  });
});
