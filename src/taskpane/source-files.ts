/** Filled formats picked by the user, read into consolidation sources (exceljs lazily). */
import type { ConsolidationSource } from '../core/consolidate/consolidate';
import { isLakipError } from '../core/errors';
import { loadXlsxEngine, type XlsxEngine } from './xlsx-engine';

export interface PickedFile {
  readonly name: string;
  /** The file's bytes (File.arrayBuffer()). */
  readonly read: () => Promise<ArrayBuffer>;
}

/** A picked browser file, read only when its bytes are needed. */
export function pickedFile(file: File): PickedFile {
  return { name: file.name, read: () => file.arrayBuffer() };
}

/** Each file as a snapshot, or its one-sentence reason when it cannot be read (the others still are). */
export async function readSources(
  files: readonly PickedFile[],
  engine: () => Promise<XlsxEngine> = loadXlsxEngine,
): Promise<ConsolidationSource[]> {
  const xlsx = await engine();
  const out: ConsolidationSource[] = [];
  for (const f of files) {
    try {
      out.push({ name: f.name, snapshot: await xlsx.readFile(await f.read(), f.name) });
    } catch (error) {
      if (!isLakipError(error)) throw error;
      out.push({ name: f.name, unreadable: error.userMessage });
    }
  }
  return out;
}
