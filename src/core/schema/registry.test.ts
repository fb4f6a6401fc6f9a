import { DOCUMENT_CODES } from './types';
import { ALL_SHEETS, DOCUMENT_SHEETS } from './registry';

test('the document sheets are the 14 of the Keterkaitan list, in its order', () => {
  expect(DOCUMENT_SHEETS.map((s) => s.documentCode)).toEqual([...DOCUMENT_CODES]);
});

test('sheet names are valid Excel names (≤ 31 characters, none of / \\ ? * [ ] :)', () => {
  for (const s of ALL_SHEETS) {
    expect(s.name.length).toBeLessThanOrEqual(31);
    expect(s.name).not.toMatch(/[/\\?*[\]:]/);
  }
});
