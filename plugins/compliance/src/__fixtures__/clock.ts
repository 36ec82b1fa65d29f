/** The instant every test runs at (luxon's clock): the second quarter of 2026. */
export const NOW = '2026-05-20T10:00:00.000Z';
