#!/usr/bin/env node
'use strict';
// The installed `lakip` command: runs the compiled CLI (built by `npm ci` through `prepare`).
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('LAKIP Tracker belum dibangun. Jalankan "npm ci" (atau "npm run build:cli") di folder proyek, lalu ulangi.\n');
  process.exit(2);
}
const { runCli } = require(main);
const { processIo } = require(path.join(__dirname, '..', 'dist', 'cli', 'io.js'));
runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
