import type { PlanValue } from '../../core/plan/plan';
import type { CellValue } from '../../core/snapshot';
import { cellFromExcel, encodeCell, type EncodedCell } from './cell-values';

describe('cellFromExcel', () => {
  it.each<[unknown, string, string, CellValue]>([
    ['', 'Empty', 'General', null],
    ['', 'Empty', 'dd/mm/yyyy', null],
    ['#REF!', 'Error', 'General', { kind: 'error', code: '#REF!' }],
    ['#N/A', 'Error', '0.00%', { kind: 'error', code: '#N/A' }],
    [true, 'Boolean', 'General', true],
    [false, 'Boolean', 'General', false],
    [45292, 'Double', 'dd/mm/yyyy', { kind: 'date', iso: '2024-01-01' }],
    [45292.5, 'Double', 'dd/mm/yyyy hh:mm', { kind: 'date', iso: '2024-01-01T12:00:00' }],
    [0.5, 'Double', 'hh:mm', 0.5],
    [-3, 'Double', 'dd/mm/yyyy', -3],
    [0.855, 'Double', '0.0%', { kind: 'percent', value: 0.855 }],
    [12, 'Integer', 'General', 12],
    [1234.5, 'Double', '#,##0.00', 1234.5],
    ['=SUM(A1)', 'String', '@', '=SUM(A1)'],
    ['#REF!', 'String', '@', '#REF!'],
    ['Kecamatan', 'RichValue', 'General', 'Kecamatan'],
  ])('%p (%s, %s) is %p', (value, type, format, expected) => {
    expect(cellFromExcel(value, type, format)).toEqual(expected);
  });
});

describe('encodeCell', () => {
  const none = { formula: null, after: null, link: null, note: null };
  it.each<[PlanValue, string | null, Partial<EncodedCell>]>([
    [null, null, { value: '', before: null }],
    [null, '#,##0', { value: '', before: '#,##0' }],
    ['Indikator', null, { value: 'Indikator', before: '@' }],
    ['=SUM(A1:A3)', null, { value: '=SUM(A1:A3)', before: '@' }],
    ['+62 812', '@', { value: '+62 812', before: '@', after: null }],
    ['007', 'General', { value: '007', before: '@', after: 'General' }],
    ['', '0.00', { value: '', before: '0.00' }],
    [12.5, null, { value: 12.5, before: null }],
    [true, null, { value: true, before: null }],
    [{ kind: 'date', iso: '2024-01-01' }, null, { value: 45292, before: 'dd/mm/yyyy' }],
    [{ kind: 'date', iso: '2024-01-01T12:00:00' }, null, { value: 45292.5, before: 'dd/mm/yyyy hh:mm:ss' }],
    [
      { kind: 'date', iso: '2024-01-01' },
      '[$-421]d mmmm yyyy',
      { value: 45292, before: '[$-421]d mmmm yyyy' },
    ],
    [{ kind: 'percent', value: 0.855 }, null, { value: 0.855, before: '0.00%' }],
    [{ kind: 'percent', value: 0.855 }, '0%', { value: 0.855, before: '0%' }],
  ])('%p with format %p', (v, format, expected) => {
    expect(encodeCell(v, format)).toEqual({ ...none, ...expected });
  });

  it('writes a formula through `formulas`, never into a text cell', () => {
    expect(encodeCell({ kind: 'formula', formula: 'SUM(D5:D9)', result: 3 }, null)).toEqual({
      ...none,
      value: null,
      formula: '=SUM(D5:D9)',
      before: 'General',
    });
    expect(encodeCell({ kind: 'formula', formula: '=A1', result: null }, '@')).toMatchObject({
      formula: '=A1',
      before: 'General',
    });
    expect(encodeCell({ kind: 'formula', formula: 'A1', result: null }, '0.00')).toMatchObject({
      before: '0.00',
    });
  });

  it('writes an error as the error formula Excel accepts, or as text with a note', () => {
    expect(encodeCell({ kind: 'error', code: '#N/A' }, null)).toMatchObject({
      value: null,
      formula: '=#N/A',
      note: null,
    });
    expect(encodeCell({ kind: 'error', code: '#SPILL!' }, null)).toMatchObject({
      value: '#SPILL!',
      before: '@',
      note: expect.stringContaining('#SPILL!') as string,
    });
    expect(encodeCell(Number.NaN, null)).toMatchObject({
      formula: '=#NUM!',
      note: expect.stringContaining('#NUM!') as string,
    });
    expect(encodeCell({ kind: 'date', iso: '1899-01-01' }, null)).toMatchObject({
      value: '1899-01-01',
      before: '@',
      note: expect.stringContaining('di luar rentang') as string,
    });
  });

  it('writes a link as literal text with an in-workbook hyperlink', () => {
    expect(encodeCell({ kind: 'link', text: "=IKU'!B4", sheet: "Renja'Ku", cell: 'B4' }, null)).toEqual({
      ...none,
      value: "=IKU'!B4",
      before: '@',
      link: { documentReference: "'Renja''Ku'!B4", textToDisplay: "=IKU'!B4" },
    });
  });
});
