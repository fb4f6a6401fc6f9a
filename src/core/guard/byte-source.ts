/**
 * Random access to a file's bytes, the one thing the input guard (`input-guard.ts`), the zip
 * view (`zip-view.ts`) and the package scan read through. A leaf module, so that the guard and
 * the zip view do not import each other.
 */

/**
 * Random access to a file's bytes, so that the CLI can inspect a file by reading only its
 * head and its central directory. `read` returns at most `length` bytes from `offset`.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}
