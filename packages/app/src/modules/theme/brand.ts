/** LOCAL-PLUS brand colours: a deep teal navigation with a warm coral accent. */
export const LOCALPLUS_BRAND = {
  navy: '#0b2a3c',
  navyDark: '#071c28',
  teal: '#0f766e',
  tealLight: '#14b8a6',
  accent: '#f2613f',
  accentLight: '#ffb4a2',
} as const;
