/**
 * Excel's errors (`OfficeExtension.Error`, with a `code` such as `ItemNotFound`) turned into a
 * `LakipError` whose Indonesian sentence says what happened and what to do. The table is data:
 * a new code is one entry.
 */
import { LakipError, isLakipError, type ErrorCode } from '../../core/errors';

interface OfficeErrorWords {
  readonly code: ErrorCode;
  /** What happened, to follow "Gagal <tindakan>: ". */
  readonly what: string;
  /** What the user can do about it. */
  readonly todo: string;
}

const RELOAD = 'Simpan buku kerja, muat ulang panel LAKIP Tracker, lalu coba lagi.';

export const OFFICE_ERROR_WORDS = {
  RequestPayloadSizeLimitExceeded: {
    code: 'office/api',
    what: 'data yang dikirim ke Excel melebihi batas satu permintaan (5 MB di Excel untuk web)',
    todo: 'Coba lagi; bila tetap gagal, buka berkas di Excel desktop atau olah dengan CLI lakip.',
  },
  ResponsePayloadSizeLimitExceeded: {
    code: 'office/api',
    what: 'data yang diminta dari Excel melebihi batas satu jawaban (5 MB di Excel untuk web)',
    todo: 'Coba lagi; bila tetap gagal, buka berkas di Excel desktop atau olah dengan CLI lakip.',
  },
  InvalidArgument: {
    code: 'office/api',
    what: 'Excel menolak salah satu nilai, alamat, atau nama lembar yang dikirim add-in',
    todo: 'Periksa nama lembar dan isian yang baru diubah, lalu coba lagi; bila berulang, laporkan bersama berkas tracker.',
  },
  ItemNotFound: {
    code: 'office/api',
    what: 'lembar atau sel yang dicari tidak ada di buku kerja ini (mungkin baru diganti nama atau dihapus)',
    todo: 'Kembalikan nama lembar sesuai templat atau jalankan Siapkan Tracker, lalu coba lagi.',
  },
  InvalidReference: {
    code: 'office/api',
    what: 'rujukan ke lembar atau sel tidak berlaku lagi (lembar mungkin baru dihapus atau dipindah)',
    todo: RELOAD,
  },
  AccessDenied: {
    code: 'office/api',
    what: 'Excel tidak mengizinkan perubahan: lembar atau buku kerja dilindungi, atau berkas dibuka hanya-baca',
    todo: 'Buka proteksi lembar (Tinjau > Buka Proteksi Lembar) atau simpan salinan yang dapat diedit, lalu coba lagi.',
  },
  ItemAlreadyExists: {
    code: 'office/api',
    what: 'nama lembar yang akan dibuat sudah dipakai',
    todo: 'Ganti nama lembar yang bentrok (nama lembar tidak membedakan huruf besar/kecil), lalu coba lagi.',
  },
  InvalidOperation: {
    code: 'office/api',
    what: 'Excel tidak dapat menjalankan perintah itu pada keadaan buku kerja sekarang',
    todo: 'Tutup dialog yang terbuka dan pastikan tidak ada lembar yang sedang dikelompokkan, lalu coba lagi.',
  },
  InvalidOperationInCellEditMode: {
    code: 'office/api',
    what: 'Excel sedang dalam mode edit sel',
    todo: 'Tekan Enter atau Esc untuk keluar dari sel yang sedang diketik, lalu coba lagi.',
  },
  Conflict: {
    code: 'office/api',
    what: 'buku kerja sedang diubah oleh orang atau proses lain',
    todo: 'Tunggu sebentar sampai perubahan bersama selesai tersimpan, lalu coba lagi.',
  },
  RequestAborted: {
    code: 'office/api',
    what: 'permintaan ke Excel dibatalkan sebelum selesai',
    todo: RELOAD,
  },
  ActivityLimitReached: {
    code: 'office/api',
    what: 'Excel sedang terlalu sibuk menerima permintaan',
    todo: 'Tunggu beberapa detik, lalu coba lagi.',
  },
  GeneralException: {
    code: 'office/api',
    what: 'terjadi galat internal di Excel (di Excel untuk web, ini juga tanda data yang terlalu besar)',
    todo: `${RELOAD} Bila berulang, buka berkas di Excel desktop atau olah dengan CLI lakip.`,
  },
  ApiNotFound: {
    code: 'office/unsupported',
    what: 'versi Excel ini tidak mempunyai fitur yang dibutuhkan',
    todo: 'Perbarui Office (Microsoft 365, Office 2021, atau Excel untuk web), atau olah berkas dengan CLI lakip.',
  },
  NotImplemented: {
    code: 'office/unsupported',
    what: 'fitur ini belum tersedia di Excel ini',
    todo: 'Perbarui Office (Microsoft 365, Office 2021, atau Excel untuk web), atau olah berkas dengan CLI lakip.',
  },
  UnsupportedOperation: {
    code: 'office/unsupported',
    what: 'Excel ini tidak mendukung perintah tersebut',
    todo: 'Perbarui Office (Microsoft 365, Office 2021, atau Excel untuk web), atau olah berkas dengan CLI lakip.',
  },
} as const satisfies Record<string, OfficeErrorWords>;

export type KnownOfficeErrorCode = keyof typeof OFFICE_ERROR_WORDS;

/** The `code` of an Office error (duck-typed: office.js is not loaded in tests or in the CLI). */
export function officeErrorCode(error: unknown): string | undefined {
  if (isLakipError(error) || typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

function isKnownCode(code: string): code is KnownOfficeErrorCode {
  return Object.prototype.hasOwnProperty.call(OFFICE_ERROR_WORDS, code);
}

/** Excel refused the size of a request or of its answer (on the web, sometimes only a GeneralException). */
export function isPayloadLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The `LakipError` for an error met while doing `action` (an Indonesian verb phrase such as
 * `membaca buku kerja`). A `LakipError` passes through unchanged; an Office error becomes
 * `office/api` or `office/unsupported` by its code; anything else is a bug (`internal`).
 */
export function toLakipError(error: unknown, action: string): LakipError {
  if (isLakipError(error)) return error;
  const code = officeErrorCode(error);
  if (code === undefined) {
    return new LakipError(
      'internal',
      `Gagal ${action} karena kesalahan di dalam add-in (${messageOf(error)}). Laporkan kejadian ini bersama berkas tracker; sementara itu olah berkas dengan CLI lakip.`,
      { cause: error },
    );
  }
  if (isKnownCode(code)) {
    const words = OFFICE_ERROR_WORDS[code];
    return new LakipError(words.code, `Gagal ${action}: ${words.what}. ${words.todo}`, { cause: error });
  }
  return new LakipError(
    'office/api',
    `Gagal ${action}: Excel melaporkan galat ${code} (${messageOf(error)}). ${RELOAD}`,
    { cause: error },
  );
}
