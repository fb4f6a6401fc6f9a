import type { WriteOp } from '../../core/plan/plan';
import { ACTION_BYTES, BATCH_BYTES, jsonBytes, packByRows, utf8Length, type Packable } from './payload';
import {
  encodeGrid,
  inlineListSource,
  planBatches,
  selectSupportedOps,
  toSteps,
  type SetValuesOp,
} from './write-steps';

describe('utf8Length', () => {
  it.each([
    ['abc', 3],
    ['é', 2],
    ['–', 3],
    ['😀', 4],
  ])('%s is %d bytes', (s, n) => {
    expect(utf8Length(s)).toBe(n);
  });
});

describe('packByRows', () => {
  const rows = (n: number, rowBytes: number, fixedBytes = 0, maxRowsPerPiece?: number): Packable => ({
    rows: n,
    fixedBytes,
    rowBytes: () => rowBytes,
    ...(maxRowsPerPiece === undefined ? {} : { maxRowsPerPiece }),
  });

  it('fills a group before starting the next, splitting an item by rows', () => {
    const groups = packByRows([rows(3, 10), rows(10, 10)], 50, 0);
    expect(groups.map((g) => g.pieces.map((p) => [p.fromRow, p.rowCount]))).toEqual([
      [
        [0, 3],
        [0, 2],
      ],
      [[2, 5]],
      [[7, 3]],
    ]);
    expect(groups.map((g) => g.bytes)).toEqual([50, 50, 30]);
  });

  it('counts the fixed cost of each piece and of each group', () => {
    const groups = packByRows([rows(4, 10, 5)], 40, 10);
    expect(groups.map((g) => [g.bytes, g.pieces.map((p) => p.rowCount)])).toEqual([
      [35, [2]],
      [35, [2]],
    ]);
  });

  it('keeps pieces under maxRowsPerPiece', () => {
    const groups = packByRows([rows(5, 1, 0, 2)], 1000, 0);
    expect(groups[0]?.pieces.map((p) => p.rowCount)).toEqual([2, 2, 1]);
  });

  it('gives a row larger than a group a group of its own', () => {
    const groups = packByRows([rows(1, 10), rows(1, 500), rows(1, 10)], 100, 0);
    expect(groups.map((g) => g.bytes)).toEqual([10, 500, 10]);
  });
});

describe('write steps', () => {
  const setValues: SetValuesOp = {
    op: 'setValues',
    sheet: 'Temuan',
    row: 2,
    col: 3,
    values: [
      ['=teks', 1, { kind: 'formula', formula: 'A1*2', result: 2 }],
      [{ kind: 'link', text: 'IKU!B4', sheet: 'IKU', cell: 'B4' }, null, { kind: 'error', code: '#CALC!' }],
    ],
    numberFormats: [
      [null, '0.0', null],
      [null, null, 'General'],
    ],
  };

  it('encodes a setValues as the arrays the API takes', () => {
    expect(encodeGrid(setValues)).toEqual({
      rows: 2,
      cols: 3,
      before: [
        ['@', '0.0', 'General'],
        ['@', null, '@'],
      ],
      values: [
        ['=teks', 1, null],
        ['IKU!B4', '', '#CALC!'],
      ],
      formulas: [
        [null, null, '=A1*2'],
        [null, null, null],
      ],
      after: [
        [null, null, null],
        [null, null, 'General'],
      ],
      hasBefore: true,
      hasFormulas: true,
      hasAfter: true,
      links: [{ row: 1, col: 0, documentReference: "'IKU'!B4", textToDisplay: 'IKU!B4' }],
      notes: [
        'Lembar "Temuan" E3: Galat #CALC! tidak dapat ditulis sebagai galat Excel; ditulis sebagai teks.',
      ],
    });
  });

  it('estimates a batch as the JSON sent plus a fixed cost per action, object and batch', () => {
    const [step] = toSteps([setValues]);
    const grid = encodeGrid(setValues);
    const json = (r: number): number =>
      jsonBytes(grid.values[r]) +
      jsonBytes(grid.before[r]) +
      jsonBytes(grid.formulas[r]) +
      jsonBytes(grid.after[r]) +
      4;
    const link = 2 * ACTION_BYTES + jsonBytes(grid.links[0]);
    expect(step?.rowBytes(0)).toBe(json(0));
    expect(step?.rowBytes(1)).toBe(json(1) + link);
    // range object + numberFormat before + values + formulas + numberFormat after
    expect(step?.fixedBytes).toBe(5 * ACTION_BYTES);
    const [batch] = planBatches(toSteps([setValues]), 4_000_000);
    expect(batch?.bytes).toBe(BATCH_BYTES + 5 * ACTION_BYTES + json(0) + json(1) + link);
  });

  it('splits a big setValues by rows so that no batch passes the budget', () => {
    const values = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `sel ${r}:${c} ${'x'.repeat(80)}`),
    );
    const batches = planBatches(toSteps([{ op: 'setValues', sheet: 'A', row: 1, col: 1, values }]), 200_000);
    expect(batches.length).toBeGreaterThan(4);
    expect(batches.every((b) => b.bytes <= 200_000)).toBe(true);
    expect(batches.flatMap((b) => b.pieces).reduce((n, p) => n + p.rowCount, 0)).toBe(1000);
  });

  it('builds inline list sources only when Excel can take them', () => {
    expect(inlineListSource(['Ya', 'Tidak'])).toBe('Ya,Tidak');
    expect(inlineListSource(['1,5', '2'])).toBeNull();
    expect(inlineListSource(Array.from({ length: 30 }, () => 'Sepuluh.'))).toBeNull();
  });

  it('keeps every op on a current Excel and leaves out what an older one lacks', () => {
    const ops: WriteOp[] = [
      { op: 'clearSheet', sheet: 'LAKIP' },
      {
        op: 'listValidation',
        sheet: 'IKU',
        row: 2,
        col: 1,
        rows: 3,
        cols: 1,
        source: { range: 'Daftar!$A$1:$A$3' },
        allowBlank: true,
      },
      { op: 'autoFilter', sheet: 'IKU', row: 1, col: 1, rows: 3, cols: 2 },
      { op: 'pageSetup', sheet: 'LAKIP', orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
      { op: 'freezePanes', sheet: 'IKU', rows: 1, cols: 0 },
    ];
    expect(selectSupportedOps(ops, () => true)).toEqual({ ops, skipped: [] });
    const old = selectSupportedOps(ops, (v) => v === '1.6' || v === '1.7');
    expect(old.ops.map((o) => o.op)).toEqual(['clearSheet', 'freezePanes']);
    expect(old.skipped).toHaveLength(5);
    expect(old.skipped[0]).toMatch(
      /^Daftar pilihan \(dropdown\) tidak dibuat di lembar "IKU": Excel ini belum mendukung ExcelApi 1\.8/,
    );
  });
});
