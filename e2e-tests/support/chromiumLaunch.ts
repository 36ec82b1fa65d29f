/**
 * How Debian's Chromium is launched on these machines, for the end-to-end
 * tests and the first-load bench alike (see SETUP-NOTES): headless, as root
 * without the sandbox, and with nothing that phones home (the closed network
 * refuses those connections).
 */
export const CHROMIUM_EXECUTABLE =
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
