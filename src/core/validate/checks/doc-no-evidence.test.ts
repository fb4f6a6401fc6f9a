import { rowOf, runCheck } from '../../../../test/support/tracker-fixtures';
import { checkDocNoEvidence } from './doc-no-evidence';

describe('doc/no-evidence', () => {
  test('received documents with soft and hard copy; drafts need none', () => {
    expect(
      runCheck(checkDocNoEvidence, (d) =>
        Object.assign(rowOf(d, 'dokumen', 12), { status: 'Draf', hardCopy: 'Tidak', softCopy: null }),
      ),
    ).toEqual([]);
  });
  test('Diterima or Diverifikasi without soft or hard copy is an error on the first missing one', () => {
    const found = runCheck(checkDocNoEvidence, (d) => {
      rowOf(d, 'dokumen', 6).hardCopy = 'Tidak';
      Object.assign(rowOf(d, 'dokumen', 7), { status: 'Diterima', softCopy: null, hardCopy: null });
    });
    expect(found).toEqual([
      {
        code: 'doc/no-evidence',
        severity: 'error',
        sheet: 'Dokumen',
        row: 8,
        column: 'Hard Copy',
        cell: 'K8',
        value: 'Tidak',
        detail: { missing: 'hard', status: 'Diverifikasi' },
      },
      expect.objectContaining({ row: 9, cell: 'J9', detail: { missing: 'soft+hard', status: 'Diterima' } }),
    ]);
  });
});
