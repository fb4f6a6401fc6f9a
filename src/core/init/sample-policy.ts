/**
 * The sample (Kecamatan Pasrujambe 2017: names, NIPs, indicators and figures) is for trying
 * the tracker in a new, empty workbook. Poured into a workbook that already holds data, it
 * mixes invented officials and numbers into a real report. One decision for the CLI
 * (`lakip init --sample`, refused unless `--force`) and the task pane (Siapkan offers the
 * sample only when this says yes).
 */
import { sheetsTouched, type WriteOp } from '../plan/plan';
import { isEmptyCell, type WorkbookSnapshot } from '../snapshot';
import { buildInitPlan, type InitOptions } from './init-plan';

/** Names listed in a sentence before "dan N sheet lain". */
const LISTED = 5;

function listed(names: readonly string[]): string {
  if (names.length <= LISTED) return names.join(', ');
  return `${names.slice(0, LISTED).join(', ')} dan ${names.length - LISTED} sheet lain`;
}

/** The sheets that hold at least one filled cell. */
export function sheetsWithData(wb: WorkbookSnapshot): string[] {
  return wb.sheets.filter((s) => s.rows.some((r) => r.some((c) => !isEmptyCell(c)))).map((s) => s.name);
}

function opsBySheet(ops: readonly WriteOp[]): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const op of ops) {
    const list = by.get(op.sheet) ?? [];
    list.push(JSON.stringify(op));
    by.set(op.sheet, list);
  }
  return new Map([...by].map(([sheet, list]) => [sheet, list.join('\n')]));
}

/**
 * The sheets where `options.sample` would put data that init without it would not: the
 * sample's own rows and figures.
 */
export function sheetsTheSampleFills(wb: WorkbookSnapshot, options: InitOptions): string[] {
  if (options.sample === undefined) return [];
  const { sample: _sample, ...plain } = options;
  const withSample = buildInitPlan(wb, options);
  const without = opsBySheet(buildInitPlan(wb, plain).ops);
  const mine = opsBySheet(withSample.ops);
  return sheetsTouched(withSample).filter((sheet) => mine.get(sheet) !== without.get(sheet));
}

/**
 * Why the sample may not go into this workbook, as the sentence a user reads, or null when it
 * may: the workbook is new or empty, or (given the sample) the sample would add nothing. Without
 * `options.sample` (the task pane asking whether to offer it) any filled cell says no.
 */
export function sampleRefusal(wb: WorkbookSnapshot, options: InitOptions): string | null {
  const filled = sheetsWithData(wb);
  if (filled.length === 0) return null;
  const where = `buku kerja ini sudah berisi data (sheet ${listed(filled)})`;
  if (options.sample === undefined) return `Data contoh hanya untuk buku kerja baru yang kosong; ${where}.`;
  const into = sheetsTheSampleFills(wb, options);
  if (into.length === 0) return null;
  const unit = options.sample.pengaturan['namaUnit'];
  const year = options.sample.pengaturan['tahunLaporan'];
  const name = [typeof unit === 'string' ? unit : '', typeof year === 'number' ? String(year) : '']
    .filter((x) => x !== '')
    .join(' ');
  return `Data contoh${name === '' ? '' : ` ${name}`} (nama pejabat, NIP, indikator dan angkanya) tidak dimasukkan karena ${where}: contoh itu akan tercampur dengan data Anda di sheet ${listed(into)}. Data contoh hanya untuk buku kerja baru yang kosong.`;
}
