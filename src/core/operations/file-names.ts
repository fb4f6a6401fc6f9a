/** Longer file names are shortened (a folder entry holds at most 255 bytes, some disks fewer). */
const MAX_NAME_CHARS = 120;

/** `.xlsx` of `a.b.xlsx`; '' without an extension (as Node's `path.extname` for a bare name). */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/**
 * One file name per bagian: short enough, and unique even on a disk that ignores case and
 * accents' forms — a bagian whose code gives a name already taken (`A/B`, `A\\B` and `A:B` all
 * give `…-A-B.xlsx`) gets `-2`, `-3` … before `.xlsx`.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const key = (n: string): string => n.normalize('NFC').toLowerCase();
  return names.map((name) => {
    const ext = extensionOf(name);
    const chars = [...name.slice(0, name.length - ext.length)];
    const stem = chars.length > MAX_NAME_CHARS ? chars.slice(0, MAX_NAME_CHARS).join('') : chars.join('');
    let candidate = `${stem}${ext}`;
    for (let n = 2; taken.has(key(candidate)); n++) candidate = `${stem}-${n}${ext}`;
    taken.add(key(candidate));
    return candidate;
  });
}
