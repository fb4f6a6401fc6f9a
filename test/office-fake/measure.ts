/**
 * The Office adapter's budgets measured on the fake, for the benchmark lines
 * `office.validate.syncs` / `office.init.syncs` / `office.export.syncs` / `office.maxBatchBytes`:
 * the 14 document sheets × `rowsPerSheet` generated rows (default 5,000), read from a workbook
 * holding them and written into an empty one, on a fake with Excel on the web's limits.
 */
import { applyWritePlan, readWorkbookSnapshot } from '../../src/adapters/office/office-adapter';
import { ExcelFake } from './excel-fake';
import { seedFake } from './fake-snapshot';
import { generateDocumentSnapshot, planWritingSnapshot } from './generate';

export interface OfficeBudgets {
  /** Syncs of one `readWorkbookSnapshot`, counted by the fake. */
  readonly readSyncs: number;
  /** Syncs of one `applyWritePlan` writing every cell, counted by the fake. */
  readonly applySyncs: number;
  /** The adapter's largest estimated batch, in bytes (budget 4,000,000; Excel's limit 5 MiB). */
  readonly maxBatchBytes: number;
}

export async function measureOfficeBudgets(rowsPerSheet = 5000): Promise<OfficeBudgets> {
  const snapshot = generateDocumentSnapshot(rowsPerSheet);
  const reading = seedFake(snapshot);
  await readWorkbookSnapshot(reading.run);
  const writing = new ExcelFake();
  const stats = await applyWritePlan(writing.run, planWritingSnapshot(snapshot), {
    supports: writing.supports,
  });
  // A read may have one answer refused as too big (then it reads in pieces); nothing else may be refused.
  const refused = [
    ...reading.batches.filter(
      (b) => b.rejected !== null && b.rejected !== 'ResponsePayloadSizeLimitExceeded',
    ),
    ...writing.batches.filter((b) => b.rejected !== null),
  ];
  if (refused.length > 0)
    throw new Error(`measureOfficeBudgets: the fake refused a sync: ${JSON.stringify(refused)}`);
  return { readSyncs: reading.syncCount, applySyncs: writing.syncCount, maxBatchBytes: stats.maxBatchBytes };
}
