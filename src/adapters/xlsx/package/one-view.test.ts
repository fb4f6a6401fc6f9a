/**
 * The one-view rule under random damage: every single-byte change of a small workbook zip
 * (stored and deflated parts, data descriptors with and without signature) is either refused
 * by the guard, or approved with exactly the entries JSZip then reads: the same names, and for
 * every part our reader accepts (its length and CRC checked) the same bytes.
 */
import { deflateSync } from 'fflate';
import JSZip from 'jszip';
import { buildZip, MINIMAL_XLSX_ENTRIES, type ZipEntrySpec } from '../../../../test/fixtures/hostile/build';
import { LakipError } from '../../../core/errors';
import { inspectWorkbookBytes } from '../../../core/guard/input-guard';
import { crc32, openZipPackage } from './zip';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

function deflated(name: string, text: string, descriptor?: 'signed' | 'bare'): ZipEntrySpec {
  const content = encode(text);
  return {
    name,
    data: deflateSync(content),
    method: 8,
    declared: { uncompressed: content.length, crc: crc32(content) },
    ...(descriptor === undefined ? {} : { descriptor }),
  };
}

const BASE = buildZip([
  MINIMAL_XLSX_ENTRIES[0] as ZipEntrySpec,
  deflated('_rels/.rels', '<Relationships>' + 'r'.repeat(60) + '</Relationships>', 'signed'),
  deflated('xl/workbook.xml', '<workbook>' + 'w'.repeat(40) + '</workbook>', 'bare'),
  { ...(MINIMAL_XLSX_ENTRIES[3] as ZipEntrySpec), descriptor: 'signed' },
]);

/** A small deterministic generator (no wall clock, no Math.random): the same cases every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
}

async function jszipRead(bytes: Uint8Array): Promise<Map<string, Uint8Array | 'damaged'> | 'refused'> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return 'refused';
  }
  const parts = new Map<string, Uint8Array | 'damaged'>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    try {
      parts.set(file.name, await file.async('uint8array'));
    } catch {
      parts.set(file.name, 'damaged');
    }
  }
  return parts;
}

test('every single-byte change: refused, or read alike by the guard’s view and by JSZip', async () => {
  const next = lcg(17);
  let approved = 0;
  let refused = 0;
  let damagedParts = 0;
  for (let i = 0; i < 600; i++) {
    const bytes = BASE.slice();
    const at = next() % bytes.length;
    bytes[at] = ((bytes[at] ?? 0) ^ (1 + (next() % 255))) & 0xff;
    const verdict = inspectWorkbookBytes(bytes, {}, 'acak.xlsx');
    if (!verdict.ok) {
      refused++;
      expect(verdict.userMessage).toMatch(/^File "acak\.xlsx" /);
      continue;
    }
    approved++;
    const pkg = openZipPackage(bytes, verdict);
    const viaJszip = await jszipRead(bytes);
    const where = `byte ${at}`;
    expect({ where, names: viaJszip === 'refused' ? 'refused' : [...viaJszip.keys()] }).toEqual({
      where,
      names: pkg.names,
    });
    if (viaJszip === 'refused') continue;
    for (const name of pkg.names) {
      let ours: Uint8Array | 'damaged';
      try {
        ours = pkg.read(name) ?? 'damaged';
      } catch (e) {
        expect(e).toBeInstanceOf(LakipError);
        ours = 'damaged';
      }
      const theirs = viaJszip.get(name);
      // A part whose data the change hit fails our CRC or length check (JSZip, which checks
      // nothing by default, reads whatever inflates): nothing to compare.
      if (ours === 'damaged') {
        damagedParts++;
        continue;
      }
      expect({ where, name, same: Buffer.from(ours).equals(Buffer.from(theirs ?? [])) }).toEqual({
        where,
        name,
        same: true,
      });
    }
  }
  // Both outcomes are exercised (most changes hit data, which only the CRC can tell).
  expect(approved).toBeGreaterThan(50);
  expect(refused).toBeGreaterThan(50);
  expect(damagedParts).toBeGreaterThan(50);
});
