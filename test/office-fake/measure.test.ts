import { measureOfficeBudgets } from './measure';

describe('measureOfficeBudgets', () => {
  it('measures the small tracker: 2 syncs to read, 2 to write', async () => {
    const small = await measureOfficeBudgets(10);
    expect(small.readSyncs).toBe(2);
    expect(small.applySyncs).toBe(2);
    expect(small.maxBatchBytes).toBeLessThan(100_000);
  });

  it('measures the large tracker within its budgets', async () => {
    const large = await measureOfficeBudgets();
    // Printed for the benchmark record (office.validate.syncs, office.export.syncs, office.maxBatchBytes).
    console.log(`office budgets, 14 × 5,000 rows: ${JSON.stringify(large)}`);
    expect(large.maxBatchBytes).toBeLessThanOrEqual(4_000_000);
    expect(large.applySyncs).toBeLessThanOrEqual(8);
    expect(large.readSyncs).toBeLessThanOrEqual(12);
  }, 60_000);
});
