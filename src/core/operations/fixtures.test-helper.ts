/** For tests only: realistic snapshots made by the core (init plan + sample) without an adapter; the task pane's tests use them too. */
import { trackerWithoutData } from '../consolidate/fixtures.test-helper';
import { buildFormatPlan } from '../consolidate/format-plan';
import { buildInitPlan } from '../init/init-plan';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { SAMPLE_PASRUJAMBE_2017 } from '../seed/sample';
import type { WorkbookSnapshot } from '../snapshot';
import { EditableWorkbook, toSnapshot, validTrackerData } from '../validate/test-fixtures';

/** A workbook with one empty sheet: no tracker yet. */
export function emptyWorkbook(): WorkbookSnapshot {
  return { sheets: [{ name: 'Sheet1', rows: [] }] };
}

/** A new tracker as Siapkan makes it, without sample data. */
export function newTracker(): WorkbookSnapshot {
  const plan = buildInitPlan(emptyWorkbook(), {
    tahun: 2017,
    unit: 'Kecamatan Pasrujambe',
    kabupaten: 'Lumajang',
  });
  return applyPlanToSnapshot(emptyWorkbook(), plan);
}

/** The built-in sample (Pasrujambe 2017): no error; warnings sop/incomplete and sop/duplicate-step. */
export function sampleTracker(): WorkbookSnapshot {
  const plan = buildInitPlan(
    { sheets: [] },
    { tahun: 2017, unit: 'Kecamatan Pasrujambe', kabupaten: 'Lumajang', sample: SAMPLE_PASRUJAMBE_2017 },
  );
  return applyPlanToSnapshot({ sheets: [] }, plan);
}

/** A complete tracker with no finding at all (every SOP step Selesai with evidence). */
export function cleanTracker(): WorkbookSnapshot {
  return toSnapshot(validTrackerData());
}

/** The sample with two planted errors: a PK target that is text and an empty required Nama Bagian. */
export function trackerWithFindings(): WorkbookSnapshot {
  return new EditableWorkbook(sampleTracker())
    .set('PK', 'G6', 'delapan puluh dua')
    .set('Bagian', 'B6', null)
    .snapshot();
}

/** A bagian's data format (PMD) as `lakip format` makes it, with one realisasi left empty. */
export function blankFormat(): WorkbookSnapshot {
  const tracker = trackerWithoutData();
  return applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(tracker, 'PMD', '2018-01-10T08:00:00').plan);
}
