/**
 * A WorkbookPort over a snapshot, for component tests: plans are applied with the core's
 * applyPlanToSnapshot; every call is recorded; any call can be made to fail.
 */
import { LakipError } from '../../../src/core/errors';
import type { WritePlan } from '../../../src/core/plan/plan';
import { applyPlanToSnapshot } from '../../../src/core/plan/plan-to-snapshot';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import type { BrowserWorkbookPort, WorkbookPort } from '../../../src/taskpane/port';

export type FakeCall =
  | { readonly call: 'read' }
  | { readonly call: 'apply'; readonly plan: WritePlan }
  | { readonly call: 'select'; readonly sheet: string; readonly address: string }
  | { readonly call: 'export'; readonly plan: WritePlan; readonly fileName: string };

export interface FakePortOptions {
  readonly kind?: 'excel' | 'browser';
  /** Calls that reject, with this error. */
  readonly fail?: Partial<Record<FakeCall['call'], unknown>>;
}

export class FakePort implements WorkbookPort {
  readonly kind: 'excel' | 'browser';
  readonly fileName = 'tracker-2017.xlsx';
  readonly calls: FakeCall[] = [];
  fail: Partial<Record<FakeCall['call'], unknown>>;

  constructor(
    public snapshot: WorkbookSnapshot,
    options: FakePortOptions = {},
  ) {
    this.kind = options.kind ?? 'excel';
    this.fail = options.fail ?? {};
  }

  private check(call: FakeCall['call']): void {
    if (call in this.fail) throw this.fail[call];
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return Promise.resolve().then(() => {
      this.calls.push({ call: 'read' });
      this.check('read');
      return this.snapshot;
    });
  }

  apply(plan: WritePlan): Promise<readonly string[]> {
    return Promise.resolve().then(() => {
      this.calls.push({ call: 'apply', plan });
      this.check('apply');
      this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
      return [];
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return Promise.resolve().then(() => {
      this.calls.push({ call: 'select', sheet, address });
      this.check('select');
    });
  }

  exportWorkbook(plan: WritePlan, fileName: string): Promise<void> {
    return Promise.resolve().then(() => {
      this.calls.push({ call: 'export', plan, fileName });
      this.check('export');
    });
  }

  applied(): WritePlan[] {
    return this.calls.flatMap((c) => (c.call === 'apply' ? [c.plan] : []));
  }
}

/** The error Office.js gives when the workbook is busy, as the adapter words it. */
export const BUSY_ERROR = new LakipError(
  'office/api',
  'Excel sedang sibuk (mis. sel sedang diedit). Tekan Enter atau Esc di Excel, lalu coba lagi.',
);

/** The browser mode's port over a snapshot: `modified` after an apply until a download. */
export class FakeBrowserPort extends FakePort implements BrowserWorkbookPort {
  override readonly kind = 'browser' as const;
  readonly downloads: string[] = [];
  private changed = false;

  constructor(snapshot: WorkbookSnapshot, options: Omit<FakePortOptions, 'kind'> = {}) {
    super(snapshot, { ...options, kind: 'browser' });
  }

  get modified(): boolean {
    return this.changed;
  }

  override apply(plan: WritePlan): Promise<readonly string[]> {
    return super.apply(plan).then((skipped) => {
      if (plan.ops.length > 0) this.changed = true;
      return skipped;
    });
  }

  download(): Promise<string> {
    const name = `tracker-2017 2026-12-02 14.05.xlsx`;
    this.downloads.push(name);
    this.changed = false;
    return Promise.resolve(name);
  }
}
