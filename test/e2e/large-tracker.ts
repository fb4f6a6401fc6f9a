/**
 * A large tracker for trying the add-in by hand in Excel (docs/manual-test-excel.md, "Buku kerja
 * besar"): every sheet of the contract, the 14 document sheets and Data Kinerja with ROWS rows
 * each (default 20,000), a defect in about one row in a thousand. The bench's generator.
 *
 *   npx tsx test/e2e/large-tracker.ts besar.xlsx [ROWS]
 */
import { syntheticTracker, writeSnapshotXlsx } from '../../bench/synthetic';

async function main(): Promise<void> {
  const [file, rowsArg = '20000'] = process.argv.slice(2);
  const rows = Number(rowsArg);
  if (file === undefined || !file.endsWith('.xlsx') || !Number.isInteger(rows) || rows < 1) {
    console.error('Pemakaian: npx tsx test/e2e/large-tracker.ts BESAR.xlsx [JUMLAH_BARIS]');
    process.exitCode = 2;
    return;
  }
  const tracker = syntheticTracker({ rows, defectEvery: 1000 });
  await writeSnapshotXlsx(tracker.snapshot, file);
  console.log(
    `${file}: ${tracker.dataRows.toLocaleString('id-ID')} baris data di ${tracker.snapshot.sheets.length} sheet.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
