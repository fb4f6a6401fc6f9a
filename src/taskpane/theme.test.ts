import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { luminance, officeTheme } from './theme';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function officeWithBackground(bodyBackgroundColor: string | undefined): void {
  (globalThis as { Office?: unknown }).Office = {
    context: { officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor } },
  };
}

describe('the theme follows Office', () => {
  test('luminance of #RRGGBB, null for anything else', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('000000')).toBe(0);
    expect(luminance('#262626')).toBeLessThan(0.1);
    expect(luminance('rgb(0,0,0)')).toBeNull();
  });

  test.each([
    ['no office.js', null, webLightTheme],
    ['no officeTheme (older Excel)', undefined, webLightTheme],
    ['a white task pane', '#FFFFFF', webLightTheme],
    ['a colourful light theme', '#E6E6E6', webLightTheme],
    ['the dark grey theme', '#262626', webDarkTheme],
    ['the black theme', '#000000', webDarkTheme],
  ])('%s', (_label, background, theme) => {
    if (background !== null) officeWithBackground(background);
    expect(officeTheme()).toBe(theme);
  });
});
