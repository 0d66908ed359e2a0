// Debian's Chromium (never a downloaded browser). Background networking is off: this
// machine has no network beyond the package registries.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // As the Electron shell does: Norwegian date inputs whatever the machine's language.
  '--lang=nb-NO',
];
