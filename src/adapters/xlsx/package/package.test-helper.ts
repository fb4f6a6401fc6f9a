/**
 * For tests only: a PackageReader over .xlsx bytes and the patched package zipped again, with
 * fflate (the zip half of the patching writer is written separately).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { PackageReader, PatchResult } from './types';

export function readerOf(data: Uint8Array): PackageReader {
  const files = unzipSync(data);
  return { names: Object.keys(files), read: (name) => files[name] };
}

export function zipPatched(pkg: PackageReader, result: PatchResult): Buffer {
  const out: Zippable = {};
  const { set, remove } = result.changes;
  for (const name of pkg.names) {
    if (remove.has(name)) continue;
    const bytes = set.get(name) ?? pkg.read(name);
    if (bytes !== undefined) out[name] = bytes;
  }
  for (const [name, bytes] of set) if (!(name in out) && !remove.has(name)) out[name] = bytes;
  return Buffer.from(zipSync(out));
}

export function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}
