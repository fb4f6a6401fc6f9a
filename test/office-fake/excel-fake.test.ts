/* eslint office-addins/load-object-before-read: "off", office-addins/call-sync-before-read: "off", office-addins/call-sync-after-load: "off" --
   These tests read properties before load + sync on purpose: that the fake then throws, as Office does, is what they check. */
import { ExcelFake, FAKE_PAYLOAD_LIMIT, FakeOfficeError, parseAddress } from './excel-fake';
import { cellAt, dumpSnapshot, formulaCells, seedFake } from './fake-snapshot';
import { generateDocumentSnapshot } from './generate';

/** Runs `batch` against the fake and returns what it rejected with (or undefined). */
async function rejection(
  fake: ExcelFake,
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<unknown> {
  try {
    await fake.run(batch);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('ExcelFake: loading and syncing', () => {
  it('throws PropertyNotLoaded for a property read before load + sync, as Office does', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      range.load('values');
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(range.values).toEqual([['']]);
      // Loaded something else only.
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  it('does not let a property that was only set be read back without a load', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[1]];
      range.format.fill.color = '#FF0000';
      expect(() => range.values).toThrow(/not available/);
      expect(() => range.format.fill.color).toThrow(/not available/);
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'A1')?.value).toBe(1);
  });

  it('applies writes only at sync, in order, and counts every sync', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['satu']];
      expect(fake.sheet('Sheet1')?.cellAt(0, 0)).toBeUndefined();
      ws.getRange('A1').values = [['dua']];
      await context.sync();
      expect(fake.sheet('Sheet1')?.cellAt(0, 0)?.value).toBe('dua');
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.batches.map((b) => b.actions)).toEqual([2, 0]);
  });

  it('flushes what is still queued when run() returns, as Excel.run does, and records it', async () => {
    const fake = new ExcelFake();
    await fake.run((context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [[5]];
      return Promise.resolve();
    });
    expect(fake.batches).toEqual([expect.objectContaining({ auto: true })]);
    expect(cellAt(fake, 'Sheet1', 'B2')?.value).toBe(5);
  });

  it('knows isNullObject only after a sync, and refuses reads on a null object', async () => {
    const fake = new ExcelFake({ sheets: ['Kosong', 'Isi'] });
    fake.sheet('Isi')?.touch(2, 1);
    Object.assign(fake.sheet('Isi')?.touch(4, 3) ?? {}, { value: 'x' });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject('Tidak Ada');
      const empty = sheets.getItem('Kosong').getUsedRangeOrNullObject(true);
      const used = sheets.getItem('Isi').getUsedRangeOrNullObject(true);
      empty.load('rowCount');
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
      expect(() => empty.rowCount).toThrow(/null object/);
      expect(used.isNullObject).toBe(false);
      // Values only: the empty touched cell (C3) does not count.
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([4, 3, 1, 1]);
    });
  });

  it('loads collection items with nested navigation paths', async () => {
    const fake = new ExcelFake({ sheets: ['A', 'B'] });
    const b = fake.sheet('B');
    if (b !== undefined) b.protection.protected = true;
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      await context.sync();
      expect(sheets.items.map((ws) => [ws.name, ws.protection.protected])).toEqual([
        ['A', false],
        ['B', true],
      ]);
      expect(() => sheets.items[0]?.visibility).toThrow(/not available/);
    });
  });

  it('throws on a member it does not model instead of returning undefined', async () => {
    const fake = new ExcelFake();
    await fake.run((context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => (range as unknown as Record<string, unknown>).conditionalFormats).toThrow(/not modelled/);
      expect(() => {
        (range.format as unknown as Record<string, unknown>).indentLevel = 2;
      }).toThrow(/not modelled/);
      return Promise.resolve();
    });
  });

  it('rejects a sync that touches a missing sheet with ItemNotFound, applying the actions before it', async () => {
    const fake = new ExcelFake();
    const error = await rejection(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['sebelum']];
      context.workbook.worksheets.getItem('Tidak Ada').getRange('A1').values = [['x']];
      await context.sync();
    });
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
    expect(cellAt(fake, 'Sheet1', 'A1')?.value).toBe('sebelum');
    expect(fake.batches[0]?.rejected).toBe('ItemNotFound');
  });

  it('checks the shape of 2-D input arrays', async () => {
    const fake = new ExcelFake();
    const error = await rejection(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('ExcelFake: what a written string becomes', () => {
  const inputs: [input: string, formula: string | null, value: unknown, error: string | null][] = [
    ['=SUM(A1:A3)', '=SUM(A1:A3)', 0, null],
    ['=#N/A', '=#N/A', null, '#N/A'],
    ['="teks"', '="teks"', 'teks', null],
    ['+62 812 3456', '=+62 812 3456', 0, null],
    ['-- catatan', '=-- catatan', 0, null],
    ['@Subbag', '=@Subbag', 0, null],
    ['-5', null, -5, null],
    ['007', null, 7, null],
    ['1e3', null, 1000, null],
    ['50%', null, 0.5, null],
    ['TRUE', null, true, null],
    ['#REF!', null, null, '#REF!'],
    ['Indikator 1', null, 'Indikator 1', null],
  ];

  it.each(inputs)('%s in a General cell is read as typed', async (input, formula, value, error) => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[input]];
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'A1')).toMatchObject({ formula, value, error });
  });

  it.each(inputs.map(([input]) => input))('%s in a text (@) cell stays literal text', async (input) => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.numberFormat = [['@']];
      range.values = [[input]];
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'A1')).toMatchObject({
      formula: null,
      value: input,
      error: null,
      numberFormat: '@',
    });
  });

  it('uses the format at the time the write is applied: @ set after the values is too late', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [['=1+1', '=2+2']];
      range.numberFormat = [['@', '@']];
      await context.sync();
    });
    expect(formulaCells(fake, 'Sheet1')).toEqual({ A1: '=1+1', B1: '=2+2' });
  });

  it('keeps a formula written through `formulas` as text in a text cell, like Excel', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.numberFormat = [['@', 'General']];
      range.formulas = [['=1+1', '=1+1']];
      await context.sync();
    });
    expect(formulaCells(fake, 'Sheet1')).toEqual({ B1: '=1+1' });
    expect(cellAt(fake, 'Sheet1', 'A1')?.value).toBe('=1+1');
  });

  it('leaves a cell alone for a null entry and clears it for an empty string', async () => {
    const fake = new ExcelFake();
    const sheet = fake.sheet('Sheet1');
    Object.assign(sheet?.touch(0, 0) ?? {}, { value: 'tetap', numberFormat: '0.0' });
    Object.assign(sheet?.touch(0, 1) ?? {}, { value: 'hapus', numberFormat: '0.0' });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[null, '']];
      range.numberFormat = [[null, '']];
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'A1')).toMatchObject({ value: 'tetap', numberFormat: '0.0' });
    expect(cellAt(fake, 'Sheet1', 'B1')).toMatchObject({ value: null, numberFormat: 'General' });
  });
});

describe('ExcelFake: limits', () => {
  it('rejects a request over 5 MiB with RequestPayloadSizeLimitExceeded and applies none of it', async () => {
    const fake = new ExcelFake();
    const big = 'x'.repeat(30_000);
    const rows = Array.from({ length: 200 }, () => [big]);
    const error = await rejection(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('Z1').values = [['sebelum']];
      ws.getRangeByIndexes(0, 0, 200, 1).values = rows;
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.batches[0]?.requestBytes).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
    expect(cellAt(fake, 'Sheet1', 'Z1')).toBeUndefined();
  });

  it('accepts a request just under the limit and measures it', async () => {
    const fake = new ExcelFake();
    const rows = Array.from({ length: 100 }, () => ['y'.repeat(50_000)]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 100, 1).values = rows;
      await context.sync();
    });
    const bytes = fake.batches[0]?.requestBytes ?? 0;
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(bytes).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
  });

  it('counts a request in UTF-8 bytes', async () => {
    const requestBytes = async (text: string): Promise<number> => {
      const fake = new ExcelFake();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
        await context.sync();
      });
      return fake.batches[0]?.requestBytes ?? 0;
    };
    // An en dash is 3 bytes in UTF-8.
    expect((await requestBytes('–'.repeat(1000))) - (await requestBytes('a'.repeat(1000)))).toBe(2000);
  });

  it('rejects an answer over the limit with ResponsePayloadSizeLimitExceeded', async () => {
    const fake = seedFake(generateDocumentSnapshot(2000));
    const error = await rejection(fake, async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
      for (const ws of context.workbook.worksheets.items)
        ws.getUsedRangeOrNullObject(true).load('values,valueTypes,numberFormat');
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.batches[1]?.responseBytes).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
  });

  it('returns values null, without an error, for a read over the cell limit', async () => {
    const fake = new ExcelFake({ readCellLimit: 100 });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const small = ws.getRangeByIndexes(0, 0, 10, 10);
      const big = ws.getRangeByIndexes(0, 0, 10, 11);
      small.load('values,rowCount');
      big.load('values,rowCount');
      await context.sync();
      expect(small.values).toHaveLength(10);
      expect(big.values).toBeNull();
      expect(big.rowCount).toBe(10);
    });
  });

  it('refuses an API from a requirement set this Excel lacks, at sync, with ApiNotFound', async () => {
    const fake = new ExcelFake({ excelApi: '1.7' });
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(fake.isSetSupported('ExcelApi', '1.10')).toBe(false);
    const error = await rejection(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
        list: { inCellDropDown: true, source: 'Ya,Tidak' },
      };
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'ApiNotFound' });
    const older = new ExcelFake({ excelApi: '1.6' });
    await expect(
      older.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('fails an injected sync after the given number of actions', async () => {
    const fake = new ExcelFake();
    fake.failSync(1, 'GeneralException', 1);
    const error = await rejection(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').values = [[2]];
      await context.sync();
    });
    expect(error).toMatchObject({ code: 'GeneralException' });
    expect(cellAt(fake, 'Sheet1', 'A1')?.value).toBe(1);
    expect(cellAt(fake, 'Sheet1', 'A2')).toBeUndefined();
  });
});

describe('ExcelFake: sheets, formats and protection', () => {
  it('adds, hides, colours and refuses duplicate or invalid sheet names', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const added = context.workbook.worksheets.add('Temuan');
      added.tabColor = '#c00000';
      added.visibility = 'Hidden';
      await context.sync();
    });
    expect(fake.sheet('temuan')).toMatchObject({ tabColor: '#C00000', visibility: 'Hidden' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add('TEMUAN');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add('a/b');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses locked-cell writes on a protected sheet and allows unlocked ones', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B2').format.protection.locked = false;
      ws.protection.protect({ allowAutoFilter: true });
      ws.getRange('B2').values = [['boleh']];
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'B2')?.value).toBe('boleh');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['tidak']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('draws borders per edge and keeps an inline list source to 255 characters', async () => {
    const fake = new ExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.format.borders.getItem('EdgeTop').style = 'Continuous';
      range.format.borders.getItem('InsideVertical').style = 'Continuous';
      await context.sync();
    });
    expect(cellAt(fake, 'Sheet1', 'A1')?.format).toMatchObject({
      borderTop: { style: 'Continuous' },
      borderRight: { style: 'Continuous' },
    });
    expect(cellAt(fake, 'Sheet1', 'B2')?.format).toEqual({
      borderLeft: expect.objectContaining({ style: 'Continuous' }) as unknown,
    });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('C1').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'x'.repeat(256) },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('parses the addresses Excel accepts', () => {
    expect(parseAddress('B3')).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(parseAddress('$A$1:$C$4')).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
    expect(parseAddress('$2:$3')).toMatchObject({ row: 1, rows: 2, col: 0 });
    expect(() => parseAddress('A0')).toThrow(FakeOfficeError);
  });
});

describe('seedFake / dumpSnapshot', () => {
  it('round-trips a generated snapshot through the model', () => {
    const snapshot = generateDocumentSnapshot(40);
    expect(dumpSnapshot(seedFake(snapshot))).toEqual(snapshot);
  });
});
