// Runs the integration and project-file tests again on encrypted project files: every
// project a test makes is encrypted with the test passphrase (electron/db/test-encryption.ts).
// The whole suite can be run this way too: `node scripts/test-encrypted.mjs` with no folders
// given runs every test file.
import { spawnSync } from 'node:child_process';

const given = process.argv.slice(2);
const folders = given.length > 0 ? given : [];
const result = spawnSync('npx', ['vitest', 'run', ...folders], {
  stdio: 'inherit',
  env: { ...process.env, ACTIVITY_LENS_TEST_ENCRYPT: '1' },
});
process.exit(result.status ?? 1);
