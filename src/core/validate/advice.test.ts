/**
 * Advice a user can follow, in Indonesian Excel's words (issue "A year's cycle without traps",
 * item 13): a bagian is never told to edit its format's locked cells or protected Pengaturan;
 * the format of a number is "Angka"; the example date is of the tracker's year; a rupiah
 * amount where a number belongs is read; text dates and dates far from Tahun Laporan are said.
 */
import { buildFormatPlan } from '../consolidate/format-plan';
import { trackerWithoutData } from '../../../test/support/format-fixtures';
import { validateFormatFile } from '../consolidate/validate-format';
import { describeFinding } from '../findings/messages';
import { inlineSnapshot } from '../../../test/support/plan-snapshot';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { sampleSnapshot } from '../../../test/support/tracker-fixtures';
import { validateTracker } from './validate';

function set(
  wb: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
  value: CellValue,
): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            rows: s.rows.map((r, i) => (i === row - 1 ? r.map((v, c) => (c === col - 1 ? value : v)) : r)),
          },
    ),
  };
}

const SOP_ROW = {
  no: 1,
  aktivitas: 'Memerintahkan penyusunan LAKIP',
  'actor:Camat': '✓',
  kelengkapan: 'Nota dinas',
  waktu: 3,
  output: 'Dokumen',
};

describe('a bagian’s data format', () => {
  const tracker = trackerWithoutData();
  const format = applyPlanToSnapshot(
    { sheets: [] },
    buildFormatPlan(tracker, 'PEM', '2018-01-10T08:00:00').plan,
  );
  // Row 6 is the first indicator; A Bagian … G Metode are grey and locked, then Realisasi TW I–IV.
  const texts = (wb: WorkbookSnapshot) =>
    validateFormatFile(wb).findings.map((f) => ({ f, ...describeFinding(f) }));

  test('a realisasi left empty: fill it, or ask the Sekcam — never "ubah Triwulan Berjalan di sheet Pengaturan" (protected)', () => {
    const found = texts(format).filter((t) => t.f.code === 'cell/required');
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) {
      expect(t.saran).not.toMatch(/Pengaturan/);
      expect(t.saran).toMatch(/Sekretaris Kecamatan/);
    }
  });

  test('a locked cell emptied or mistyped: ask the Sekcam, do not edit it here', () => {
    const broken = set(format, 'Data Kinerja', 6, 5, 'delapan puluh'); // Target
    const t = texts(broken).find((x) => x.f.code === 'cell/type');
    expect(t?.f.cell).toBe('E6');
    expect(t?.saran).toBe(
      'Kolom ini berasal dari Perjanjian Kinerja dan dikunci di format: jangan diubah di sini. Minta Sekretaris Kecamatan memperbaikinya di sheet PK tracker dan mengirim format yang baru.',
    );
  });

  test('in the tracker the Sekcam gets the full advice (Triwulan Berjalan in Pengaturan)', () => {
    const r = validateTracker(set(sampleSnapshot(), 'Data Kinerja', 6, 6, null));
    const required = r.findings.filter((f) => f.code === 'cell/required' && f.sheet === 'Data Kinerja');
    expect(required.map((f) => f.cell)).toEqual(['F6']);
    expect(describeFinding(required[0]!).saran).toMatch(/ubah Triwulan Berjalan di sheet Pengaturan/);
  });
});

describe('words and examples', () => {
  const tracker = (sop: Record<string, CellValue>, dpa: Record<string, CellValue> = {}): WorkbookSnapshot =>
    inlineSnapshot({
      pengaturan: { tahunLaporan: 2024, tahunAwalRenstra: 2021 },
      tables: {
        sop: [{ ...SOP_ROW, ...sop }],
        dpa: [
          {
            kodeProgram: 'P1',
            program: 'P',
            indikatorKeluaran: 'I',
            satuan: 'Dok',
            target: 1,
            pagu: 1000,
            ...dpa,
          },
        ],
      },
    });
  const of = (wb: WorkbookSnapshot, code: string) =>
    validateTracker(wb)
      .findings.filter((f) => f.code === code)
      .map((f) => ({ f, ...describeFinding(f) }));

  test('a number typed as text: change the cell format to "Angka" (Indonesian Excel), not "Number"', () => {
    const [t] = of(tracker({}, { target: '12' }), 'cell/number-as-text');
    expect(t?.saran).toContain('ubah format sel menjadi Angka');
    expect(t?.saran).not.toContain('Number');
  });

  test('the example date is of the tracker’s Tahun Laporan', () => {
    const [t] = of(tracker({ tanggalMulai: 'kemarin' }), 'cell/type');
    expect(t?.message).toBe(
      'SOP!L2: “kemarin” tidak dapat dibaca sebagai tanggal, mis. 31/12/2024 atau 31 Desember 2024.',
    );
  });

  test('"Rp 185.000.000" in a bilangan column is read as 185.000.000 (typed as text: a warning, not a refusal)', () => {
    const r = validateTracker(tracker({}, { target: 'Rp 185.000.000' }));
    expect(r.findings.filter((f) => f.code === 'cell/type')).toEqual([]);
    const t = r.findings.find((f) => f.code === 'cell/number-as-text');
    expect(t && describeFinding(t).message).toBe(
      'DPA!F2: bilangan “Rp 185.000.000” tersimpan sebagai teks; tetap dipakai sebagai 185.000.000.',
    );
  });

  test('a date typed as text is used and said, with how it was read (day first)', () => {
    const [t] = of(tracker({ tanggalMulai: '03/04/2024' }), 'cell/number-as-text');
    expect(t?.message).toBe(
      'SOP!L2: tanggal “03/04/2024” tersimpan sebagai teks; dibaca (hari dulu) sebagai 3 April 2024.',
    );
    expect(t?.saran).toContain('31/12/2024');
  });

  test('a 2018 date in a 2024 tracker is questioned (warning); 2023–2025 are not', () => {
    const old = of(tracker({ tanggalMulai: { kind: 'date', iso: '2018-01-08' } }), 'cell/date-range');
    expect(old.map((t) => [t.f.severity, t.f.cell])).toEqual([['warning', 'L2']]);
    expect(old[0]?.message).toBe(
      'SOP!L2: tanggal 08/01/2018 jauh dari Tahun Laporan 2024; tanggal langkah dan dokumen biasanya tahun 2023–2025.',
    );
    for (const iso of ['2023-01-02', '2024-06-30', '2025-03-01']) {
      expect(of(tracker({ tanggalMulai: { kind: 'date', iso } }), 'cell/date-range')).toEqual([]);
    }
  });
});
