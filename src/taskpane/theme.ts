import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Follows the Office theme where the host gives one (Office.context.officeTheme): a dark body background
 * picks Fluent's dark theme. Outside Office, the light theme.
 */
export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  if (!bodyBackgroundColor) return webLightTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor.trim());
  if (!m) return webLightTheme;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  // Relative luminance (sRGB, not linearised: enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}
