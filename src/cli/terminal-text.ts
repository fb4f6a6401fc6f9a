/**
 * Text from a workbook reaches the terminal in our messages (a sheet name, a cell's value, a
 * bagian's name). A cell can hold any character (`_x001B_` in the XML is ESC), and a terminal
 * obeys control sequences: clear the screen, set the window title, hide what follows, or turn
 * the text around (bidi overrides). Every line the CLI prints passes through `terminalSafe`.
 */

/**
 * C0 controls except tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every unsafe character written as `\uXXXX`: visible, nothing obeyed, nothing
 * silently lost; and inside JSON output (already escaped by `JSON.stringify` for C0) the result
 * is still valid JSON with the same value. A CR before LF (Windows line ends) is dropped.
 */
export function terminalSafe(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
