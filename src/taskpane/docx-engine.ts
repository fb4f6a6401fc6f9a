/**
 * The Word document of the LAKIP tables (src/adapters/docx, the `docx` library), behind a lazy
 * `import()`: a chunk of its own named `docx`, fetched only when the user asks for the document,
 * never with the task pane's first load.
 */
import { LakipError } from '../core/errors';
import type { DraftInfo } from '../core/lakip/export-plan';
import type { LakipResult } from '../core/lakip/tables';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds the .docx; `draft` while the tracker has galat (the DRAF mark, as `lakip export --docx`). */
export type DocxBuilder = (
  result: LakipResult,
  options?: { readonly draft?: DraftInfo },
) => Promise<Uint8Array>;

let pending: Promise<DocxBuilder> | undefined;

/** The builder, fetched once. A failed fetch may be retried. */
export function loadDocxBuilder(): Promise<DocxBuilder> {
  pending ??= import(/* webpackChunkName: "docx" */ '../adapters/docx/lakip-docx').then(
    (m) => m.buildLakipDocxBytes,
    (error: unknown) => {
      pending = undefined;
      throw new LakipError(
        'internal',
        'Komponen pembuat dokumen Word gagal dimuat. Periksa sambungan internet, muat ulang halaman ini, lalu coba lagi.',
        { cause: error },
      );
    },
  );
  return pending;
}

/** `Laporan Kinerja Kecamatan Pasrujambe 2017 (BAB II-III).docx`. */
export function docxFileName(result: Pick<LakipResult, 'unit' | 'tahun'>): string {
  return `${['Laporan Kinerja', result.unit, result.tahun === null ? '' : String(result.tahun)]
    .filter((s) => s !== '')
    .join(' ')} (BAB II-III).docx`;
}
