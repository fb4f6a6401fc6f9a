import { fillFormat, sampleValues, trackerWithoutData } from '../consolidate/fixtures.test-helper';
import { buildFormatPlan } from '../consolidate/format-plan';
import { validateFormatFile } from '../consolidate/validate-format';
import { applyPlanToSnapshot } from '../plan/plan-to-snapshot';
import { validateTracker } from '../validate/validate';
import { validateWorkbook } from './validate-workbook';

describe('validateWorkbook', () => {
  test('a bagian’s data format is checked as a format, not as a broken tracker', () => {
    const tracker = trackerWithoutData();
    const format = fillFormat(
      applyPlanToSnapshot({ sheets: [] }, buildFormatPlan(tracker, 'PMD').plan),
      sampleValues(),
    );
    const checked = validateWorkbook(format);
    expect(checked.kind).toBe('format');
    expect(checked.kind === 'format' && checked.format.bagian).toBe('PMD');
    expect(checked.result).toEqual(validateFormatFile(format));
    expect(checked.result.errors).toBe(0);
    // As a tracker the same file is full of missing sheets: what the pane used to say.
    expect(validateTracker(format).counts['sheet/missing']).toBeGreaterThan(0);
  });

  test('a tracker is checked as a tracker', () => {
    const tracker = trackerWithoutData();
    const checked = validateWorkbook(tracker);
    expect(checked.kind).toBe('tracker');
    expect(checked.result).toEqual(validateTracker(tracker));
  });
});
