import { columnNumber } from '../address';
import { isFormulaValue, sheetsTouched, type FormulaValue, type WriteOp, type WritePlan } from '../plan/plan';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { computeLakip } from './compute-lakip';
import { buildLakipPlan, LAKIP_LAYOUT, placeSections } from './export-plan';
import { applyPlanToSnapshot, inlineSnapshot, sampleSnapshot } from '../../../test/support/plan-snapshot';
import { LAKIP_SHEETS, type LakipResult } from './tables';

let sample: WorkbookSnapshot;
let result: LakipResult;
let plan: WritePlan;
beforeAll(() => {
  sample = sampleSnapshot();
  result = computeLakip(sample);
  plan = buildLakipPlan(result);
});

function opsOf<K extends WriteOp['op']>(sheet: string, op: K): Extract<WriteOp, { op: K }>[] {
  return plan.ops.filter((o): o is Extract<WriteOp, { op: K }> => o.op === op && o.sheet === sheet);
}

function rowsOf(wb: WorkbookSnapshot, sheet: string): readonly (readonly CellValue[])[] {
  const s = findSheet(wb, sheet);
  if (!s) throw new Error(sheet);
  return s.rows;
}

/** The row index (1-based) whose first cell is `text`. */
function rowWith(rows: readonly (readonly CellValue[])[], col: number, text: string): number {
  const i = rows.findIndex((r) => r[col - 1] === text);
  if (i < 0) throw new Error(`no row with ${text}`);
  return i + 1;
}

test('the plan touches exactly the seven LAKIP sheets, each ensured and cleared before it is built', () => {
  expect(sheetsTouched(plan)).toEqual([...LAKIP_SHEETS]);
  for (const sheet of LAKIP_SHEETS) {
    const ops = plan.ops.filter((o) => o.sheet === sheet);
    expect(ops[0]).toEqual({ op: 'ensureSheet', sheet, tabColor: 'C00000' });
    expect(ops[1]).toEqual({ op: 'clearSheet', sheet });
  }
});

test('applied to the tracker, it leaves every other sheet exactly as it was, and a second export gives the same sheets', () => {
  const once = applyPlanToSnapshot(sample, plan);
  const twice = applyPlanToSnapshot(once, buildLakipPlan(computeLakip(once)));
  for (const s of sample.sheets) expect(findSheet(once, s.name)).toEqual(s);
  expect(once.sheets.map((s) => s.name)).toEqual([...sample.sheets.map((s) => s.name), ...LAKIP_SHEETS]);
  expect(twice).toEqual(once);
});

test('title with unit and year, subtitle, header row; numbers are numbers, never text', () => {
  const wb = applyPlanToSnapshot({ sheets: [] }, plan);
  const rows = rowsOf(wb, 'LAKIP Capaian');
  expect(rows[0]?.[0]).toBe('Tabel 3.1 Capaian Kinerja Kecamatan Pasrujambe Tahun 2017');
  expect(rows[1]?.[0]).toBe(
    'Kecamatan Pasrujambe, Kabupaten Lumajang · Tahun 2017 · realisasi s.d. Triwulan IV',
  );
  const header = LAKIP_LAYOUT.firstSectionRow;
  expect(rows[header - 1]).toEqual([
    'No',
    'Sasaran Strategis',
    'Indikator Kinerja',
    'Satuan',
    'Target',
    'Realisasi',
    'Capaian (%)',
    'Kategori',
    'Keterangan',
  ]);
  const first = rows[header];
  expect(first?.slice(4, 8)).toEqual([82, 84.5, expect.closeTo(103.0487804878, 9), 'Sangat Tinggi']);
  // Every figure column holds numbers (or nothing): written as numbers, never as text.
  for (const t of result.tables) {
    const sheetRows = rowsOf(wb, t.sheetName);
    for (const s of t.sections) {
      const labels = JSON.stringify([...s.columns.map((c) => c.sheetLabel ?? c.label), 'Keterangan']);
      const header = sheetRows.findIndex((r) => JSON.stringify(r) === labels);
      expect(header).toBeGreaterThan(0);
      s.columns.forEach((c, i) => {
        if (c.kind === 'text' || c.kind === 'date') return;
        for (let k = 0; k < s.rows.length; k++) {
          const v = sheetRows[header + 1 + k]?.[i];
          expect(v === null || typeof v === 'number').toBe(true);
        }
      });
    }
  }
});

test('number formats, Indonesian ([$-421]): rupiah #,##0, percentages and decimals #,##0.00 on the 0–100 scale, whole numbers #,##0, dates dd/mm/yyyy', () => {
  const values = opsOf('LAKIP Anggaran', 'setValues').find((o) => o.values.length === 5);
  const [int, dec2] = ['[$-421]#,##0', '[$-421]#,##0.00'];
  expect(values?.numberFormats?.[0]).toEqual([int, null, null, int, int, dec2, int, null]);
  // Seven indicators and four Rata-rata capaian sasaran rows, grouped by sasaran:
  // IK-01, IK-04, avg, IK-02, IK-05, avg, IK-03, avg, IK-06, IK-07, avg.
  const capaian = opsOf('LAKIP Capaian', 'setValues').find((o) => o.values.length === 11);
  expect(capaian?.numberFormats?.[0]?.slice(4, 7)).toEqual([int, dec2, dec2]);
  expect(capaian?.numberFormats?.[6]?.slice(4, 7)).toEqual([int, int, dec2]);
  expect(capaian?.numberFormats?.[2]?.slice(4, 7)).toEqual([null, null, dec2]);
  const sop = opsOf('LAKIP SOP', 'setValues').find((o) => o.values.length === 13);
  expect(sop?.values[0]?.[4]).toEqual({ kind: 'date', iso: '2018-01-08' });
  expect(sop?.numberFormats?.[0]?.[4]).toBe('dd/mm/yyyy');
  // Never Excel's % format: the numbers are already on the 0–100 scale.
  for (const o of plan.ops) {
    if (o.op === 'setValues')
      for (const r of o.numberFormats ?? []) for (const f of r) expect(f ?? '').not.toContain('%');
  }
});

test('Jumlah rows are formulas carrying our computed value; the ranges add up to it', () => {
  const wb = applyPlanToSnapshot({ sheets: [] }, plan);
  const formulas = plan.ops.flatMap((o) =>
    o.op === 'setValues'
      ? o.values
          .flat()
          .filter((v): v is FormulaValue => isFormulaValue(v))
          .map((f) => ({ sheet: o.sheet, f }))
      : [],
  );
  expect(formulas.map(({ sheet, f }) => `${sheet}!${f.formula}`)).toEqual([
    'LAKIP Perjanjian Kinerja!SUM(C16:C19)',
    // Rata-rata capaian sasaran: the indicator rows of each sasaran, directly above it.
    'LAKIP Capaian!AVERAGE(G5:G6)',
    'LAKIP Capaian!AVERAGE(G8:G9)',
    'LAKIP Capaian!AVERAGE(G11:G11)',
    'LAKIP Capaian!AVERAGE(G13:G14)',
    'LAKIP Anggaran!SUM(D5:D9)',
    'LAKIP Anggaran!SUM(E5:E9)',
    'LAKIP Anggaran!SUM(E5:E9)/SUM(D5:D9)*100',
    'LAKIP Anggaran!SUM(G5:G9)',
    'LAKIP SOP!SUMIF(J6:J18,"<>",I6:I18)',
    'LAKIP SOP!SUM(J6:J18)',
    'LAKIP SOP!SUM(K6:K18)',
  ]);
  /** Σ of a range; with `where`, only over the rows whose cell in that range holds a number (SUMIF "<>"). */
  const sumOf = (sheet: string, range: string, where?: string): number => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    const w = where === undefined ? null : /^([A-Z]+)\d+:/.exec(where);
    if (!m) throw new Error(range);
    const col = columnNumber(m[1] as string) - 1;
    let sum = 0;
    for (let r = Number(m[2]); r <= Number(m[4]); r++) {
      const v = rowsOf(wb, sheet)[r - 1]?.[col];
      const ok =
        w === null || typeof rowsOf(wb, sheet)[r - 1]?.[columnNumber(w[1] as string) - 1] === 'number';
      if (typeof v === 'number' && ok) sum += v;
    }
    return sum;
  };
  for (const { sheet, f } of formulas) {
    expect(typeof f.result).toBe('number');
    const sumIf = /^SUMIF\(([A-Z0-9:]+),"<>",([A-Z0-9:]+)\)$/.exec(f.formula);
    if (sumIf) {
      expect(f.result).toBe(sumOf(sheet, sumIf[2] as string, sumIf[1] as string));
      continue;
    }
    const average = /^AVERAGE\(([A-Z]+)(\d+):[A-Z]+(\d+)\)$/.exec(f.formula);
    if (average) {
      const col = columnNumber(average[1] as string) - 1;
      const cells = rowsOf(wb, sheet)
        .slice(Number(average[2]) - 1, Number(average[3]))
        .map((r) => r[col])
        .filter((v): v is number => typeof v === 'number');
      expect(f.result as number).toBeCloseTo(cells.reduce((a, b) => a + b, 0) / cells.length, 9);
      continue;
    }
    const ranges = [...f.formula.matchAll(/SUM\(([A-Z0-9:]+)\)/g)].map((m) => sumOf(sheet, m[1] as string));
    const value = ranges.length === 1 ? ranges[0] : ((ranges[0] as number) / (ranges[1] as number)) * 100;
    expect(f.result as number).toBeCloseTo(value as number, 9);
  }
  const anggaran = rowsOf(wb, 'LAKIP Anggaran');
  const jumlah = rowWith(anggaran, 1, 'Jumlah');
  expect(anggaran[jumlah - 1]?.slice(3, 7)).toEqual([
    955_010_000,
    908_660_000,
    expect.closeTo(95.1466476790819, 9),
    46_350_000,
  ]);
  expect(opsOf('LAKIP Anggaran', 'mergeCells')).toContainEqual({
    op: 'mergeCells',
    sheet: 'LAKIP Anggaran',
    row: jumlah,
    col: 1,
    rows: 1,
    cols: 3,
  });
});

test('print-ready: landscape A4 fit to width, header frozen, widths set; each table prints under its own header', () => {
  for (const sheet of LAKIP_SHEETS) {
    const [setup] = opsOf(sheet, 'pageSetup');
    const [freeze] = opsOf(sheet, 'freezePanes');
    const table = result.tables.find((t) => t.sheetName === sheet);
    const placed = table ? placeSections(table) : [];
    const header = placed[0]?.headerRow ?? 0;
    expect(setup).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
    if (placed.length === 1) {
      // One table: its header repeats on every page.
      expect(setup?.printTitleRows).toEqual({ from: header, to: header });
      expect(setup?.rowBreaks).toBeUndefined();
    } else {
      // Several: each later table starts a page (at its title), and no header repeats over the others.
      expect(setup?.printTitleRows).toBeUndefined();
      expect(setup?.rowBreaks).toEqual(placed.slice(1).map((p) => p.titleRow ?? p.headerRow));
    }
    expect(freeze).toMatchObject({ rows: header, cols: 0 });
    const styled = opsOf(sheet, 'setStyle').find((o) => o.row === header);
    expect(styled?.style).toMatchObject({ bold: true, border: 'thin' });
    expect(opsOf(sheet, 'setColumnWidths')[0]?.widths.length).toBeGreaterThan(2);
  }
  expect(opsOf('LAKIP Capaian', 'pageSetup')[0]?.printTitleRows).toEqual({ from: 4, to: 4 });
});

test('a row that could not be computed is amber, with the reason in Keterangan; its figure stays empty', () => {
  const snapshot = inlineSnapshot({
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
        {
          kodeIndikator: 'IK-02',
          sasaran: 'S',
          indikator: 'Dua',
          satuan: '%',
          polaritas: 'Positif',
          metode: 'Nilai Akhir',
          target: 50,
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
        {
          bagian: 'PEM',
          kodeIndikator: 'IK-02',
          realisasiTw1: 1,
          realisasiTw2: 1,
          realisasiTw3: 1,
          realisasiTw4: 50,
        },
      ],
    },
  });
  const lakip = computeLakip(snapshot);
  const p = buildLakipPlan(lakip);
  const wb = applyPlanToSnapshot(snapshot, p);
  const rows = rowsOf(wb, 'LAKIP Capaian');
  const first = LAKIP_LAYOUT.firstSectionRow + 1;
  expect(rows[first - 1]?.slice(4, 8)).toEqual([0, 1, null, null]);
  expect(rows[first - 1]?.[8]).toContain('target 0');
  expect(rows[first]?.slice(4, 9)).toEqual([50, 50, 100, 'Sangat Tinggi', null]);
  const amber = p.ops.filter(
    (o) => o.op === 'setStyle' && o.sheet === 'LAKIP Capaian' && o.style.fill === LAKIP_LAYOUT.markedFill,
  );
  expect(amber).toEqual([expect.objectContaining({ row: first, col: 1, rows: 1, cols: 9 })]);
  expect(p.notes.join(' ')).toMatch(/baris tidak dapat dihitung lengkap/);
  const capaian = lakip.tables.find((t) => t.id === 'capaian');
  expect(capaian && placeSections(capaian)[0]).toEqual({
    titleRow: null,
    headerRow: 4,
    firstDataRow: first,
    totalRow: null,
    // Two indicators of one sasaran and its Rata-rata capaian sasaran row.
    nextRow: 9,
  });
});

test('an empty tracker still gives seven well-formed sheets without formulas over empty ranges', () => {
  const p = buildLakipPlan(computeLakip({ sheets: [] }));
  expect(sheetsTouched(p)).toEqual([...LAKIP_SHEETS]);
  const formulas = p.ops.flatMap((o) =>
    o.op === 'setValues' ? o.values.flat().filter((v) => isFormulaValue(v)) : [],
  );
  expect(formulas).toEqual([]);
});
