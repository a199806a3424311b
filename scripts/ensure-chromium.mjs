// Before the e2e tests: make sure Debian's Chromium is there (Playwright's own browser
// download is not used). Installs it with apt-get when missing and we may; otherwise
// says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
  const sudo = isRoot ? [] : ['sudo', '-n'];
  try {
    console.log('Chromium is missing: installing Debian\'s chromium for the e2e tests...');
    const run = (args) => execFileSync(sudo.length ? sudo[0] : args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', 'chromium']);
    if (existsSync(path)) process.exit(0);
  } catch {
    // fall through to the message
  }
}
console.error(`The e2e tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
