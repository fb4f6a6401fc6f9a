// The benchmark's reference reader in a process of its own, for its peak memory: exceljs's
// streaming reader reading every row of the file given (shared strings and styles cached, so
// dates stay dates), exactly as bench/run.ts reads it in-process.
'use strict';
const ExcelJS = require('exceljs');

async function main() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.cellCount >= 0) rows++;
    }
  }
  process.stdout.write(`${rows}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
