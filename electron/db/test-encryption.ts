// The whole test suite can be run on encrypted project files: with ACTIVITY_LENS_TEST_ENCRYPT=1
// every project made without a passphrase is encrypted with this one, and an encrypted
// project opened without one is tried with it. The variable has no other effect.

// The passphrase of a test run on encrypted files (`ACTIVITY_LENS_TEST_ENCRYPT=1 npx vitest run ...`).
export const TEST_PASSPHRASE = 'a passphrase only the test suite uses';

// The test run's passphrase when ACTIVITY_LENS_TEST_ENCRYPT=1, else undefined.
export function testPassphrase(): string | undefined {
  return process.env.ACTIVITY_LENS_TEST_ENCRYPT === '1' ? TEST_PASSPHRASE : undefined;
}
