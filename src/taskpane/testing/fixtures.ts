/** Realistic snapshots for the task pane's tests: the core's (`core/operations/fixtures.test-helper.ts`). */
export {
  blankFormat,
  cleanTracker,
  emptyWorkbook,
  newTracker,
  sampleTracker,
  trackerWithFindings,
} from '../../core/operations/fixtures.test-helper';
