/**
 * One tracker model, one answer: a PK code and its Data Kinerja row spelt differently (case, a
 * zero-width space, a no-break space) are one indicator for validation, the LAKIP tables and
 * consolidation alike, with the same realisasi, capaian and kategori.
 */
import { buildFormatPlan } from '../consolidate/format-plan';
import { consolidate } from '../consolidate/consolidate';
import { dataKinerjaOf, setCell } from '../../../test/support/format-fixtures';
import { computeLakip } from '../lakip/compute-lakip';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { numberOf, type TableRow } from '../read/read-table';
import type { ColumnKey } from '../schema/registry';
import type { WorkbookSnapshot } from '../snapshot';
import { toSnapshot, validTrackerData, type RowData } from '../../../test/support/tracker-fixtures';
import { validateTracker } from '../validate/validate';
import { readTrackerModel } from './tracker-model';
import {
  P1,
  P2,
  pkWithoutProgramsSnapshot,
  pkWithProgramTableSnapshot,
} from '../../../test/support/pk-program-fixtures';

const INDIKATOR = 'Indeks Kepuasan Masyarakat';

/**
 * The small valid tracker with IK-01 (target 82, Rata-rata, Positif) reported at 40, 41, 41, 42
 * (annual 41, capaian exactly 50 %, Sangat Rendah below Batas Rendah 51) and Faktor Penghambat
 * and Upaya Perbaikan left empty, so validation says analysis/missing with the capaian. The PK
 * spells the code `pkKode`, Data Kinerja `dataKode`.
 */
function tracker(pkKode: string, dataKode: string): WorkbookSnapshot {
  const data = validTrackerData();
  const pk = data.tables.pk as RowData[];
  const dk = data.tables.dataKinerja as RowData[];
  pk[0] = { ...pk[0], kodeIndikator: pkKode };
  dk[0] = {
    ...dk[0],
    kodeIndikator: dataKode,
    realisasiTw1: 40,
    realisasiTw2: 41,
    realisasiTw3: 41,
    realisasiTw4: 42,
  };
  return toSnapshot(data);
}

/** What each of the three says about IK-01. */
function answers(wb: WorkbookSnapshot, formatKode: string) {
  const validation = validateTracker(wb);
  const dkFindings = validation.findings.filter((f) => f.sheet === 'Data Kinerja' && f.row === 2);
  // A PK indicator without a Data Kinerja row (its Rencana Aksi rows are another matter).
  const pkUncovered = validation.findings.filter(
    (f) => f.code === 'ref/uncovered' && f.sheet === 'PK' && f.detail.coveredBy === 'dataKinerja',
  );
  const analysis = dkFindings.find((f) => f.code === 'analysis/missing');

  const lakip = computeLakip(wb);
  const capaianTable = lakip.tables.find((t) => t.id === 'capaian');
  const row = capaianTable?.sections[0]?.rows.find((r) => r.cells[2] === INDIKATOR);

  // PERKEU's format, its IK-01 row filled (Faktor Penghambat) and its code spelt `formatKode`.
  const made = buildFormatPlan(wb, 'PERKEU', '2018-01-08T09:00:00');
  let format = applyPlanToSnapshot({ sheets: [] }, made.plan);
  const formatRead = dataKinerjaOf(format);
  const formatRow = formatRead.rows.find((r) => r.raw.get('indikator') === INDIKATOR);
  const kodeCol = (formatRead.columnIndex.get('kodeIndikator') ?? -1) + 1;
  const penghambatCol = (formatRead.columnIndex.get('faktorPenghambat') ?? -1) + 1;
  format = setCell(format, 'Data Kinerja', formatRow?.excelRow ?? 0, kodeCol, formatKode);
  format = setCell(format, 'Data Kinerja', formatRow?.excelRow ?? 0, penghambatCol, 'Cuaca');
  const merged = consolidate(wb, [{ name: 'perkeu.xlsx', snapshot: format }], '2018-01-15T09:30:00');
  const source = merged.perSource[0];

  return {
    validation: {
      dkCodes: dkFindings.map((f) => f.code).filter((c) => c.startsWith('ref/')),
      pkUncovered: pkUncovered.length,
      analysis: analysis && { cell: analysis.cell, detail: analysis.detail },
    },
    lakip: {
      realisasi: row?.cells[5],
      capaian: row?.cells[6],
      kategori: row?.cells[7],
      mark: row?.mark,
    },
    consolidate: {
      status: source?.status,
      merged: source?.merged,
      added: source?.added,
      replaced: source?.replaced,
      rejected: source?.rejected,
      findings: merged.findings.map((f) => f.code),
      missingIndicators: source?.missingIndicators,
    },
  };
}

/** The answer when every sheet spells the code alike. */
const EXPECTED = {
  validation: {
    dkCodes: [],
    pkUncovered: 0,
    analysis: {
      cell: 'K2',
      detail: { capaian: 50, missing: ['Faktor Penghambat', 'Upaya Perbaikan'] },
    },
  },
  lakip: { realisasi: 41, capaian: 50, kategori: 'Sangat Rendah', mark: undefined },
  consolidate: {
    status: 'merged',
    merged: 1,
    added: 0,
    replaced: 1,
    rejected: 0,
    findings: [],
    missingIndicators: [],
  },
};

describe('one answer for a code however it is spelt', () => {
  test('the code spelt alike everywhere (the reference answer)', () => {
    expect(answers(tracker('IK-01', 'IK-01'), 'IK-01')).toEqual(EXPECTED);
  });

  test.each([
    ['case: PK IK-01, Data Kinerja and format ik-01', 'IK-01', 'ik-01', 'ik-01'],
    ['case: PK ik-01, Data Kinerja and format IK-01', 'ik-01', 'IK-01', 'IK-01'],
    ['zero-width space after the code', 'IK-01', 'IK-01\u200b', 'IK-01\u200b'],
    ['zero-width space inside the code', 'IK-01', 'IK\u200b-01', 'I\u200bK-01'],
    ['zero-width joiner, word joiner and BOM', 'IK-01', '\ufeffIK-\u200d01', 'IK\u2060-01\u200c'],
    ['no-break space after the code', 'IK-01', 'IK-01\u00a0', '\u00a0IK-01'],
    ['no-break and thin spaces inside the code, case too', 'IK 01', 'ik\u00a001', 'IK\u2009\u00a001'],
  ])('%s', (_name, pkKode, dataKode, formatKode) => {
    expect(answers(tracker(pkKode, dataKode), formatKode)).toEqual(EXPECTED);
  });
});

describe('readTrackerModel', () => {
  test('joins the PK indicator to its Data Kinerja row once, with the figures and the reason', () => {
    const model = readTrackerModel(tracker('IK-01', 'ik-01\u200b'));
    const [ik01, ik02] = model.indicators();
    expect(ik01?.key).toBe('ik-01');
    expect(ik01?.data?.row.excelRow).toBe(2);
    expect(ik01?.realisasi).toBe(41);
    expect(ik01?.capaian).toEqual({ kind: 'ok', value: 50, uncapped: 50, capped: false });
    expect(ik01?.exact).toEqual({ realisasi: 41, capaian: { kind: 'ok', value: 50, uncapped: 50 } });
    expect(ik01?.kategori).toBe('Sangat Rendah');
    // IK-02: Negatif, Kumulatif, target 10, 2 a quarter: (2 × 10 − 8) ÷ 10 × 100 = 120.
    expect(ik02?.realisasi).toBe(8);
    expect(ik02?.capaian).toEqual({ kind: 'ok', value: 120, uncapped: 120, capped: false });
    expect(model.indicatorByKey(' IK-01\u00a0')).toBe(ik01);
    expect(model.index('dataKinerja', 'kodeIndikator').first('IK-01')).toBe(ik01?.data?.row);
  });

  test('a PK code without a Data Kinerja row says why it has no capaian', () => {
    const model = readTrackerModel(tracker('IK-01', 'IK-99'));
    expect(model.indicators()[0]?.data).toBeUndefined();
    expect(model.indicators()[0]?.capaian).toEqual({ kind: 'undefined', problem: 'tanpa-data-kinerja' });
  });

  test('a column key the sheet does not have fails to typecheck', () => {
    const model = readTrackerModel(tracker('IK-01', 'IK-01'));
    const row = model.table('dataKinerja')?.rows[0] as TableRow<ColumnKey<'dataKinerja'>>;
    expect(numberOf(row, 'realisasiTw4')).toBe(42);
    // @ts-expect-error: Data Kinerja has no ninth quarter.
    expect(numberOf(row, 'realisasiTw9')).toBeUndefined();
    // @ts-expect-error: PK's Anggaran is not a Data Kinerja column.
    expect(numberOf(row, 'anggaran')).toBeUndefined();
  });
});

describe('the PK’s programs: optional on indicator rows, or a table below them', () => {
  test('an indicator naming no program has none; the program table is joined to DPA by name', () => {
    const m = readTrackerModel(pkWithProgramTableSnapshot());
    expect(m.indicators().map((i) => [i.kode, i.kodeProgram, i.program, i.anggaran])).toEqual([
      ['IK-01', '', '', undefined],
      ['IK-02', '', '', undefined],
    ]);
    expect(m.indicators().map((i) => m.programOf(i))).toEqual([undefined, undefined]);
    expect(m.pkPrograms().map((p) => [p.no, p.program, p.anggaran, p.keterangan, p.dpa?.kode, p.dpa?.sumberDana])).toEqual([
      [1, P1, 150_000_000, '', 'P1', 'APBD'],
      [2, P2, 55_000_000, 'Dana Dekonsentrasi', 'P2', 'APBN Dekonsentrasi'],
    ]);
  });

  test('programOf: the Kode when filled (one key rule), else the Program/Kegiatan name', () => {
    const m = readTrackerModel(pkWithoutProgramsSnapshot());
    expect(m.programOf({ kodeProgram: ' p2 ', program: P1 })?.kode).toBe('P2');
    expect(m.programOf({ kodeProgram: '', program: 'program dekonsentrasi  wilayah' })?.kode).toBe('P2');
    expect(m.programOf({ kodeProgram: 'P9', program: P1 })).toBeUndefined();
    expect(m.programOf({ kodeProgram: '', program: '' })).toBeUndefined();
  });
});
