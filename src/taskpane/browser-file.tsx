/**
 * Browser mode: where the open file came from and when it was read. A File picked through
 * `<input type="file">` can often be read again (so "Periksa lagi" sees what the user fixed in
 * Excel meanwhile); Chromium refuses once the file changed on disk, and then the user is told
 * so and picks it again. Inside Excel there is no such file: `useBrowserFile()` is null.
 */
import { createContext, useContext } from 'react';
import { formatDateLong } from '../core/format/indonesian';
import { LakipError } from '../core/errors';

/** The file a browser-mode workbook was opened from. */
export interface BrowserSource {
  readonly name: string;
  /** Its bytes as they are on disk now (File.arrayBuffer()); rejects when the browser refuses. */
  readonly read: () => Promise<ArrayBuffer>;
  /** When its bytes were read into the pane. */
  readonly readAt: Date;
}

export interface BrowserFileState {
  readonly source: BrowserSource | null;
  /**
   * Reads the file again and opens its bytes as the workbook (the views start over on it).
   * Rejects with a LakipError saying what to do when the browser cannot read it again.
   */
  readonly reread: () => Promise<void>;
  /** Asks the user to pick the file again (the browser's file dialog). */
  readonly pickAgain: () => void;
}

export const BrowserFileContext = createContext<BrowserFileState | null>(null);

export function useBrowserFile(): BrowserFileState | null {
  return useContext(BrowserFileContext);
}

/** `Rabu, 2 Desember 2026 pukul 14.05`: when a file was read, in local time, the Indonesian way. */
export function readAtText(at: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const iso = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const day = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'][at.getDay()] ?? '';
  return `${day}, ${formatDateLong(iso)} pukul ${two(at.getHours())}.${two(at.getMinutes())}`;
}

/** The file's bytes again, or the sentence for a browser that refuses (the file changed on disk). */
export async function readSourceAgain(source: BrowserSource): Promise<ArrayBuffer> {
  try {
    return await source.read();
  } catch (error) {
    throw new LakipError(
      'file/read-failed',
      `Peramban tidak mengizinkan membaca ulang "${source.name}" (biasanya karena file itu berubah di komputer setelah dibuka pada ${readAtText(source.readAt)}). Pilih file itu sekali lagi dengan tombol Pilih ulang file.`,
      { cause: error },
    );
  }
}
