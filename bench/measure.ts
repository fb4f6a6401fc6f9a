/**
 * The benchmark's measuring tools: a child process's wall time and peak memory, the SAX
 * floor (an unzip plus a bare SAX pass), the compiled CLI, and the task pane's initial
 * JavaScript as the browser downloads it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { openZipPackage, writeZipPackage } from '../src/adapters/xlsx/package/zip';
import { assertWorkbookBytes } from '../src/core/guard/input-guard';

export const ROOT = path.join(__dirname, '..');

export interface ChildRun {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly code: number | null;
  readonly stderr: string;
}

/**
 * Runs `node args…` with the repository's node_modules on NODE_PATH, stdout discarded, and
 * measures its wall time and its peak resident memory: from `/usr/bin/time -v` when the
 * machine has it, else by polling the high-water mark VmHWM in /proc/<pid>/status.
 */
export async function runNode(args: readonly string[]): Promise<ChildRun> {
  const env = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
  if (existsSync('/usr/bin/time')) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    const stderr = r.stderr.toString();
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
    if (kb === undefined) throw new Error(`/usr/bin/time gave no peak memory: ${stderr.slice(-500)}`);
    return { seconds, peakRssMb: Number(kb) / 1024, code: r.status, stderr };
  }
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (kb !== undefined) peakKb = Math.max(peakKb, Number(kb));
      } catch {
        // the process has just ended
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - t0) / 1000, peakRssMb: peakKb / 1024, code, stderr });
    });
  });
}

/**
 * The floor: the zip's worksheets and shared strings inflated (zlib) and run through a SAX
 * parser that does nothing but count elements. No reader of the file can be much faster.
 */
export function saxFloor(file: string): number {
  const data = readFileSync(file);
  let elements = 0;
  for (const e of assertWorkbookBytes(data).entries) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(e.name)) continue;
    const raw = data.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const xml = (e.method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    const parser = new SaxesParser({ position: false, xmlns: false });
    parser.on('opentag', () => {
      elements++;
    });
    parser.write(xml).close();
  }
  return elements;
}

/**
 * The patching writer's zip half on the file: the guard, every entry's raw (compressed) bytes,
 * and the package written back unchanged (`inflate` false: entries copied as they are); or
 * every entry inflated (length and CRC checked) and deflated again (`inflate` true: what a
 * writer that regenerates every part pays for the zip alone). Returns the bytes written.
 */
export function zipCopy(file: string, inflate: boolean): number {
  const data = new Uint8Array(readFileSync(file));
  const pkg = openZipPackage(data);
  if (!inflate) {
    let raw = 0;
    for (const name of pkg.names) raw += pkg.raw(name)?.length ?? 0;
    return raw >= 0 ? writeZipPackage(pkg, { set: new Map(), remove: new Set() }).length : 0;
  }
  const set = new Map<string, Uint8Array>();
  for (const name of pkg.names) set.set(name, pkg.read(name) ?? new Uint8Array());
  return writeZipPackage(pkg, { set, remove: new Set() }).length;
}

function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else {
      newest = Math.max(newest, s.mtimeMs);
    }
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return newest;
}

function npx(args: readonly string[]): void {
  const r = spawnSync('npx', [...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
}

/** The CLI compiled as users run it (`tsc -p tsconfig.cli.json`), into `outDir`; its main.js. */
export function compileCli(outDir: string): string {
  npx(['tsc', '-p', 'tsconfig.cli.json', '--outDir', outDir]);
  return path.join(outDir, 'cli', 'main.js');
}

/**
 * The task pane's production build: dist/ when it is newer than every source it is built
 * from, else a fresh `webpack --mode production` into `tempDir` (dist/ is left alone).
 */
export function taskpaneBuild(tempDir: string): { dir: string; built: boolean } {
  const dist = path.join(ROOT, 'dist', 'taskpane.html');
  const sources = newestMtime(['src', 'assets', 'webpack.config.js', 'package-lock.json', 'tsconfig.json']);
  if (existsSync(dist) && statSync(dist).mtimeMs > sources) return { dir: path.dirname(dist), built: false };
  npx(['webpack', '--mode', 'production', '--output-path', tempDir]);
  return { dir: tempDir, built: true };
}

/** The JavaScript files taskpane.html loads before anything else (its own <script src>), gzipped (level 9). */
export function initialJsGzip(buildDir: string): { kb: number; files: string[] } {
  const html = readFileSync(path.join(buildDir, 'taskpane.html'), 'utf8');
  const files = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^[a-z]+:\/\//i.test(src)); // office.js comes from Microsoft, not from us
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(buildDir, f)), { level: 9 }).length,
    0,
  );
  return { kb: bytes / 1024, files };
}
