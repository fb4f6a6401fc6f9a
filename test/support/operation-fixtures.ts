/** For tests only: realistic snapshots made by the core (init plan + sample) without an adapter; the task pane's tests use them too. */
import { trackerWithoutData } from './format-fixtures';
import { buildFormatPlan } from '../../src/core/consolidate/format-plan';
import { buildInitPlan } from '../../src/core/init/init-plan';
import { applyPlanToSnapshot } from '../../src/core/plan/plan-to-snapshot';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { EditableWorkbook, sampleSnapshot, toSnapshot, validTrackerData } from './tracker-fixtures';

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

/** The Pasrujambe 2017 sample tracker: the one builder is tracker-fixtures.ts's `sampleSnapshot`. */
export const sampleTracker = sampleSnapshot;

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

/** A bagian's data format (PMD) as `lakip format` makes it, nothing filled yet (its indicator IK-02's four quarters empty). */
export function blankFormat(): WorkbookSnapshot {
  const tracker = trackerWithoutData();
  return applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(tracker, 'PMD', '2018-01-10T08:00:00').plan);
}
