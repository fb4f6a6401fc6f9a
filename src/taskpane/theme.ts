/** The Fluent theme that matches Office's: dark when Office's task-pane background is dark. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (0 black … 1 white) of `#RRGGBB`; null for anything else. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (m === null) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme, when office.js gives one (Office.context.officeTheme, ExcelApi-independent). */
export function officeTheme(): Theme {
  try {
    const background =
      typeof Office === 'undefined' ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
    const l = background === undefined ? null : luminance(background);
    return l !== null && l < 0.4 ? webDarkTheme : webLightTheme;
  } catch {
    return webLightTheme;
  }
}
