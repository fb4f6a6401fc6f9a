import { cellAddress, columnNumber } from '../address';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { isOwnKeterangan, userKeterangan } from './carry-over';
import { computeLakip } from './compute-lakip';
import { buildLakipPlan, LAKIP_LAYOUT, placeSections } from './export-plan';
import { applyPlanToSnapshot, inlineSnapshot, sampleSnapshot } from '../../../test/support/plan-snapshot';
import type { LakipResult } from './tables';

/** The tracker after an export into itself (what the user then opens and types into). */
function exported(tracker: WorkbookSnapshot): WorkbookSnapshot {
  return applyPlanToSnapshot(tracker, buildLakipPlan(computeLakip(tracker), { previous: tracker }));
}

/** A copy of the workbook with cells set (A1 addresses), as a user typing in Excel. */
function typed(
  wb: WorkbookSnapshot,
  sheet: string,
  cells: Readonly<Record<string, CellValue>>,
): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => [...r]);
      for (const [address, value] of Object.entries(cells)) {
        const m = /^([A-Z]+)(\d+)$/.exec(address);
        if (m === null) throw new Error(address);
        const r = Number(m[2]) - 1;
        const c = columnNumber(m[1] ?? 'A') - 1;
        while (rows.length <= r) rows.push([]);
        const row = rows[r] as CellValue[];
        while (row.length <= c) row.push(null);
        row[c] = value;
      }
      return { ...s, rows };
    }),
  };
}

function cell(wb: WorkbookSnapshot, sheet: string, address: string): CellValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (m === null) throw new Error(address);
  return findSheet(wb, sheet)?.rows[Number(m[2]) - 1]?.[columnNumber(m[1] ?? 'A') - 1];
}

/** The Excel row of the Capaian table whose Indikator Kinerja is `indikator`. */
function capaianRow(wb: WorkbookSnapshot, indikator: string): number {
  const i = findSheet(wb, 'LAKIP Capaian')?.rows.findIndex((r) => r[2] === indikator) ?? -1;
  if (i < 0) throw new Error(indikator);
  return i + 1;
}

/** Reverses the PK's data rows (the indicators move in every LAKIP table). */
function reversePk(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      if (s.name !== 'PK') return s;
      const header = s.rows.findIndex((r) =>
        r.some((v) => typeof v === 'string' && v.startsWith('Kode Indikator')),
      );
      const data = s.rows.slice(header + 1).filter((r) => r.some((v) => v !== null && v !== ''));
      return { ...s, rows: [...s.rows.slice(0, header + 1), ...data.reverse()] };
    }),
  };
}

describe('what a user typed into a LAKIP sheet survives the next export', () => {
  let once: WorkbookSnapshot;
  let first: string;
  let ket: string;
  beforeAll(() => {
    once = exported(sampleSnapshot());
    first = findSheet(once, 'LAKIP Capaian')?.rows[LAKIP_LAYOUT.firstSectionRow]?.[2] as string;
    ket = 'I'; // Capaian: 8 columns, then Keterangan
  });

  test('a note in Keterangan and a column of the user’s own follow their indicator when the PK is reordered', () => {
    const row = capaianRow(once, first);
    const header = LAKIP_LAYOUT.firstSectionRow;
    const withNotes = typed(once, 'LAKIP Capaian', {
      [`${ket}${row}`]: 'Sudah dikonfirmasi ke Seksi Pelayanan, 12/1.',
      [`J${header}`]: 'Catatan Sekcam',
      [`J${row}`]: 'cek bukti survei',
      [`K${row}`]: 42,
    });
    const moved = reversePk(withNotes);
    const plan = buildLakipPlan(computeLakip(moved), { previous: moved });
    expect(plan.unplaced).toEqual([]);
    expect(plan.carried).toBe(4);
    expect(plan.notes).toContain(
      '4 isian Anda di sheet LAKIP sebelumnya dipertahankan di baris yang sama (menurut indikator/program).',
    );
    const after = applyPlanToSnapshot(moved, plan);
    const now = capaianRow(after, first);
    expect(now).not.toBe(row); // it moved with its indicator
    expect(cell(after, 'LAKIP Capaian', `${ket}${now}`)).toBe('Sudah dikonfirmasi ke Seksi Pelayanan, 12/1.');
    expect(cell(after, 'LAKIP Capaian', `J${header}`)).toBe('Catatan Sekcam');
    expect(cell(after, 'LAKIP Capaian', `J${now}`)).toBe('cek bukti survei');
    expect(cell(after, 'LAKIP Capaian', `K${now}`)).toBe(42);
    expect(cell(after, 'LAKIP Capaian', `${ket}${row}`) ?? null).toBeNull();
    // And again: nothing doubles, nothing is lost.
    const again = applyPlanToSnapshot(after, buildLakipPlan(computeLakip(after), { previous: after }));
    expect(findSheet(again, 'LAKIP Capaian')).toEqual(findSheet(after, 'LAKIP Capaian'));
  });

  test('our reason is rewritten, the user’s sentence after it is kept; a reason that no longer applies goes', () => {
    const tracker = inlineSnapshot({
      tables: {
        pk: [
          {
            kodeIndikator: 'IK-01',
            sasaran: 'S',
            indikator: 'Satu',
            satuan: '%',
            polaritas: 'Positif',
            metode: 'Nilai Akhir',
            target: 0,
            kodeProgram: 'P1',
            program: 'P',
            anggaran: 1,
          },
        ],
        dataKinerja: [
          {
            bagian: 'PEM',
            kodeIndikator: 'IK-01',
            realisasiTw1: 1,
            realisasiTw2: 1,
            realisasiTw3: 1,
            realisasiTw4: 1,
          },
        ],
      },
    });
    const before = exported(tracker);
    const row = LAKIP_LAYOUT.firstSectionRow + 1;
    const ours = cell(before, 'LAKIP Capaian', `I${row}`) as string;
    expect(ours).toBe('Capaian tidak dapat dihitung: target 0 (pembagian dengan nol).');
    const withNote = typed(before, 'LAKIP Capaian', {
      [`I${row}`]: `${ours} Target direvisi lewat PK perubahan.`,
    });
    // Same data: our reason once, the note after it.
    const same = exported(withNote);
    expect(cell(same, 'LAKIP Capaian', `I${row}`)).toBe(`${ours}\nTarget direvisi lewat PK perubahan.`);
    // Target fixed in the PK: the reason is gone, the note stays.
    const pk = findSheet(same, 'PK');
    const fixed: WorkbookSnapshot = {
      sheets: same.sheets.map((s) =>
        s === pk ? { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((v) => (v === 0 ? 1 : v)) : r)) } : s,
      ),
    };
    expect(cell(exported(fixed), 'LAKIP Capaian', `I${row}`)).toBe('Target direvisi lewat PK perubahan.');
  });

  test('what cannot be placed is listed, not dropped silently: a row whose indicator left the PK, a cell under the table', () => {
    const row = capaianRow(once, first);
    const withNotes = typed(once, 'LAKIP Capaian', {
      [`${ket}${row}`]: 'catatan saya',
      A40: 'ringkasan rapat',
    });
    const pk = findSheet(withNotes, 'PK');
    // The indicator of that row leaves the PK.
    const kode = computeLakip(withNotes).tables[1]?.sections[0]?.rows[0]?.source?.row ?? 0;
    const gone: WorkbookSnapshot = {
      sheets: withNotes.sheets.map((s) =>
        s === pk ? { ...s, rows: s.rows.filter((_, i) => i !== kode - 1) } : s,
      ),
    };
    const plan = buildLakipPlan(computeLakip(gone), { previous: gone });
    expect(plan.unplaced).toEqual(
      expect.arrayContaining([
        { sheet: 'LAKIP Capaian', cell: `${ket}${row}`, value: 'catatan saya' },
        { sheet: 'LAKIP Capaian', cell: 'A40', value: 'ringkasan rapat' },
      ]),
    );
  });

  test('a new workbook (no previous sheets) and an untouched export carry nothing and lose nothing', () => {
    const plan = buildLakipPlan(computeLakip(once), { previous: once });
    expect(plan.carried).toBe(0);
    expect(plan.unplaced).toEqual([]);
    expect(buildLakipPlan(computeLakip(once)).carried).toBe(0);
  });
});

describe('the DRAF line', () => {
  test('while galat remain every LAKIP sheet says DRAF in its title area; the tables stay where they were', () => {
    const r = computeLakip(sampleSnapshot());
    const wb = applyPlanToSnapshot({ sheets: [] }, buildLakipPlan(r, { draft: { galat: 19 } }));
    for (const t of r.tables) {
      expect(cell(wb, t.sheetName, `A${LAKIP_LAYOUT.draftRow}`)).toBe(
        'DRAF — tracker masih berisi 19 galat; angka tabel ini belum final. Perbaiki galatnya lalu ekspor lagi.',
      );
      expect(placeSections(t)[0]?.headerRow).toBeGreaterThan(LAKIP_LAYOUT.draftRow);
    }
    const final = applyPlanToSnapshot({ sheets: [] }, buildLakipPlan(r));
    for (const t of r.tables)
      expect(cell(final, t.sheetName, `A${LAKIP_LAYOUT.draftRow}`) ?? null).toBeNull();
    // Exported as a draft, then the galat fixed: the DRAF line is ours and goes.
    const draft = applyPlanToSnapshot(sampleSnapshot(), buildLakipPlan(r, { draft: { galat: 1 } }));
    const plan = buildLakipPlan(computeLakip(draft), { previous: draft });
    expect(plan.unplaced).toEqual([]);
    expect(cell(applyPlanToSnapshot(draft, plan), 'LAKIP Capaian', 'A3') ?? null).toBeNull();
  });
});

/** Trackers whose tables carry every kind of mark, note and hint the tables write. */
function brokenResults(): LakipResult[] {
  const pkRow = (kode: string, over: Record<string, CellValue> = {}): Record<string, CellValue> => ({
    kodeIndikator: kode,
    sasaran: 'S',
    indikator: `Indikator ${kode}`,
    satuan: '%',
    polaritas: 'Positif',
    metode: 'Nilai Akhir',
    target: 100,
    kodeProgram: 'P1',
    program: 'P',
    anggaran: 1000,
    penanggungJawab: 'PEM',
    ...over,
  });
  const dk = (kode: string, tw: (number | null)[]): Record<string, CellValue> => ({
    bagian: 'PEM',
    kodeIndikator: kode,
    realisasiTw1: tw[0] ?? null,
    realisasiTw2: tw[1] ?? null,
    realisasiTw3: tw[2] ?? null,
    realisasiTw4: tw[3] ?? null,
  });
  const full = [90, 90, 90, 90];
  return [
    computeLakip(sampleSnapshot()),
    computeLakip(
      inlineSnapshot({
        pengaturan: { batasAtasCapaian: 100, tahunAwalRenstra: 2000 },
        tables: {
          pk: [
            pkRow('A', { target: 0 }),
            pkRow('B', { target: null }),
            pkRow('C', { polaritas: null }),
            pkRow('D', { metode: null }),
            pkRow('E'),
            pkRow('F'),
            pkRow('G', { kodeProgram: 'P9' }),
            pkRow('H', { polaritas: 'Negatif' }),
            pkRow('I', { anggaran: null }),
            pkRow('J', { target: 50, kodeProgram: 'P2' }),
            pkRow('K', { kodeProgram: 'P3' }),
            // A sasaran none of whose indicators has a capaian (its average says so).
            pkRow('L', { sasaran: 'T' }),
          ],
          dataKinerja: [
            dk('A', full),
            dk('B', full),
            dk('C', full),
            dk('D', full),
            dk('F', [1, null, null, null]),
            dk('G', full),
            dk('H', full),
            dk('I', [null, null, null, null]),
            dk('J', full),
            dk('K', full),
          ],
          dpa: [
            { kodeProgram: 'P1', program: 'P', pagu: 0, realisasiTw1: 1 },
            { kodeProgram: 'P2', program: 'Q', pagu: null, realisasiTw1: 1 },
            { kodeProgram: 'P3', program: 'R', pagu: 100, realisasiTw1: 1 },
          ],
          renstra: [
            { kodeIndikator: 'J', kondisiAwal: 0, kondisiAkhir: 0 },
            { kodeIndikator: 'K', kondisiAwal: 0 },
          ],
          lkjip: [{ tahun: 2016, kodeIndikator: 'J', realisasi: null }],
          sop: [
            {
              no: 1,
              aktivitas: 'Langkah',
              'actor:Camat': '✓',
              waktu: 10,
              waktuAktual: 20,
              status: 'Selesai',
            },
          ],
        },
      }),
    ),
  ];
}

test('every sentence the tables write into Keterangan is recognised as ours (so it is rewritten, never kept as the user’s)', () => {
  let sentences = 0;
  for (const r of brokenResults()) {
    for (const t of r.tables) {
      for (const s of t.sections) {
        for (const row of [...s.rows, ...(s.total ? [s.total] : [])]) {
          for (const text of [row.mark, row.note, row.hint]) {
            if (text === undefined) continue;
            sentences++;
            expect({ text, user: userKeterangan(text) }).toEqual({ text, user: '' });
          }
        }
      }
    }
  }
  expect(sentences).toBeGreaterThan(25);
});

test('a user’s text is never taken for ours', () => {
  for (const text of [
    'Sudah dicek.',
    'Capaian ini wajar karena survei diulang.',
    'Lihat lampiran 3',
    'Target direvisi: PK perubahan.',
  ]) {
    expect(isOwnKeterangan(text)).toBe(false);
    expect(userKeterangan(text)).toBe(text);
  }
  expect(userKeterangan('Capaian tidak dapat dihitung: target 0 (pembagian dengan nol). Sudah dicek.')).toBe(
    'Sudah dicek.',
  );
  expect(cellAddress(3, 9)).toBe('I3');
});
