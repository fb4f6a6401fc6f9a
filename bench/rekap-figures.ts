/**
 * The rekap figures (issue #15): `lakip rekap` of many kecamatan trackers of the demo's size
 * (the Pasrujambe sample as `lakip init --sample` writes it, each under its own Nama Unit Kerja
 * and with its own realisasi), run as users run it (the compiled CLI in a process of its own):
 * wall time and peak memory for `count` trackers and for a handful, and from the two the time
 * per tracker beyond the first — memory should stay flat in the number of trackers.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blankXlsxBytes, patchXlsxBytes } from '../src/adapters/xlsx/patch-save';
import { buildInitPlan } from '../src/core/init/init-plan';
import type { WriteOp, WritePlan } from '../src/core/plan/plan';
import { SAMPLE_PASRUJAMBE_2017 } from '../src/core/seed/sample';

const SAMPLE_UNIT = 'Kecamatan Pasrujambe';

/** `count` sample trackers `kecamatan-001.xlsx` … in `dir`, each a different unit with other figures. */
export function writeRekapTrackers(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const now = new Date('2018-01-31T08:00:00Z');
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, '0');
    const plan = buildInitPlan(
      { sheets: [] },
      { tahun: 2017, unit: `Kecamatan Contoh ${n}`, kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
    );
    writeFileSync(
      path.join(dir, `kecamatan-${n}.xlsx`),
      patchXlsxBytes(blankXlsxBytes({ now }), vary(plan, i, `Kecamatan Contoh ${n}`)).bytes,
    );
  }
  return dir;
}

/**
 * The sample's plan as unit `unit`'s (the sample names Kecamatan Pasrujambe wherever it names
 * the unit), every realisasi figure of Data Kinerja moved a little, so units differ.
 */
function vary(plan: WritePlan, i: number, unit: string): WritePlan {
  const isData = (op: WriteOp): op is Extract<WriteOp, { op: 'setValues' }> =>
    op.op === 'setValues' && op.sheet === 'Data Kinerja';
  const header = plan.ops.find(
    (op) => isData(op) && op.values[0]?.some((v) => typeof v === 'string' && v.startsWith('Realisasi TW')),
  );
  if (header === undefined || !isData(header)) throw new Error('the sample has no Data Kinerja header');
  const quarters = (header.values[0] ?? []).flatMap((v, c) =>
    typeof v === 'string' && v.startsWith('Realisasi TW') ? [header.col + c] : [],
  );
  const named = plan.ops.map((op): WriteOp =>
    op.op === 'setValues'
      ? { ...op, values: op.values.map((row) => row.map((v) => (v === SAMPLE_UNIT ? unit : v))) }
      : op,
  );
  const ops = named.map((op): WriteOp => {
    if (!isData(op) || op.row <= header.row) return op;
    return {
      ...op,
      values: op.values.map((row) =>
        row.map((v, c) =>
          quarters.includes(op.col + c) && typeof v === 'number'
            ? Math.round(v * (90 + ((i * 7 + c) % 20))) / 100
            : v,
        ),
      ),
    };
  });
  return { ...plan, ops };
}

/** The first `count` trackers of `from` copied into `dir` (the handful the many are held against). */
export function copyFirstTrackers(from: string, dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from).sort().slice(0, count)) {
    copyFileSync(path.join(from, name), path.join(dir, name));
  }
  return dir;
}
