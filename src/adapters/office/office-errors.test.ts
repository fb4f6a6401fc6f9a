import { LakipError } from '../../core/errors';
import { isPayloadLimitError, OFFICE_ERROR_WORDS, toLakipError } from './office-errors';

/** The shape of OfficeExtension.Error, as Excel rejects a sync with. */
function officeError(code: string, message = 'The operation failed.'): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

describe('toLakipError', () => {
  it.each([
    [
      'RequestPayloadSizeLimitExceeded',
      'office/api',
      'Gagal menulis: data yang dikirim ke Excel melebihi batas satu permintaan (5 MB di Excel untuk web). Coba lagi;',
    ],
    [
      'ResponsePayloadSizeLimitExceeded',
      'office/api',
      'Gagal menulis: data yang diminta dari Excel melebihi batas satu jawaban',
    ],
    [
      'InvalidArgument',
      'office/api',
      'Gagal menulis: Excel menolak salah satu nilai, alamat, atau nama lembar',
    ],
    ['ItemNotFound', 'office/api', 'Gagal menulis: lembar atau sel yang dicari tidak ada di buku kerja ini'],
    [
      'AccessDenied',
      'office/api',
      'Gagal menulis: Excel tidak mengizinkan perubahan: lembar atau buku kerja dilindungi',
    ],
    ['GeneralException', 'office/api', 'Gagal menulis: terjadi galat internal di Excel'],
    [
      'InvalidOperationInCellEditMode',
      'office/api',
      'Gagal menulis: Excel sedang dalam mode edit sel. Tekan Enter atau Esc',
    ],
    [
      'ApiNotFound',
      'office/unsupported',
      'Gagal menulis: versi Excel ini tidak mempunyai fitur yang dibutuhkan. Perbarui Office',
    ],
  ])('maps %s to %s with a sentence saying what happened and what to do', (code, lakipCode, start) => {
    const error = toLakipError(officeError(code), 'menulis');
    expect(error).toBeInstanceOf(LakipError);
    expect(error.code).toBe(lakipCode);
    expect(error.userMessage.startsWith(start)).toBe(true);
    expect(error.cause).toMatchObject({ code });
  });

  it('has, for every known code, a what and a to-do that read as Indonesian sentences', () => {
    for (const [code, words] of Object.entries(OFFICE_ERROR_WORDS)) {
      expect([code, /^[a-zA-Z]/.test(words.what) && !words.what.endsWith('.')]).toEqual([code, true]);
      expect([code, /^[A-Z].*\.$/.test(words.todo)]).toEqual([code, true]);
    }
  });

  it('names an unknown code and its message', () => {
    const error = toLakipError(
      officeError('FilteredRangeConflict', 'Range is filtered.'),
      'membaca buku kerja',
    );
    expect(error.code).toBe('office/api');
    expect(error.userMessage).toMatch(
      /^Gagal membaca buku kerja: Excel melaporkan galat FilteredRangeConflict \(Range is filtered\.\)\. Simpan buku kerja/,
    );
  });

  it('passes a LakipError through and calls anything else a bug', () => {
    const lakip = new LakipError('office/api', 'Sudah dijelaskan.');
    expect(toLakipError(lakip, 'menulis')).toBe(lakip);
    const bug = toLakipError(new TypeError('x is undefined'), 'menulis');
    expect(bug.code).toBe('internal');
    expect(bug.userMessage).toMatch(/^Gagal menulis karena kesalahan di dalam add-in \(x is undefined\)\./);
  });

  it('knows the payload-limit errors', () => {
    expect(isPayloadLimitError(officeError('RequestPayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadLimitError(officeError('ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadLimitError(officeError('GeneralException'))).toBe(false);
    expect(isPayloadLimitError(new Error('RequestPayloadSizeLimitExceeded'))).toBe(false);
  });
});
