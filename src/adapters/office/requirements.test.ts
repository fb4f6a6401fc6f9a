import { supports } from './requirements';

describe('supports', () => {
  const g = globalThis as { Office?: unknown };

  afterEach(() => {
    delete g.Office;
  });

  it('is false outside Office', () => {
    expect(supports('1.1')).toBe(false);
  });

  it('asks Office.context.requirements about ExcelApi', () => {
    const asked: [string, string][] = [];
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push([name, version]);
            return version === '1.8';
          },
        },
      },
    };
    expect([supports('1.8'), supports('1.9')]).toEqual([true, false]);
    expect(asked).toEqual([
      ['ExcelApi', '1.8'],
      ['ExcelApi', '1.9'],
    ]);
  });

  it('is false before office.js has initialised (no context yet)', () => {
    g.Office = {};
    expect(supports('1.1')).toBe(false);
  });
});
