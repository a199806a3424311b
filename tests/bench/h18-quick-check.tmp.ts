import { copyFileSync, rmSync } from 'node:fs';
import { rewriteFileKey } from '../../electron/db/encryption.ts';
import { pageProblems } from '../../electron/db/integrity.ts';
import { openProject } from '../../electron/db/open-project.ts';
const src = '/work/main/.bench-cache/corpus-v13-5000x5000w-100c-s1.alens';
const plain = '/tmp/h18-qc/plain.alens';
const enc = '/tmp/h18-qc/enc.alens';
copyFileSync(src, plain);
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? 0;
function time(f: () => void): number { const t = performance.now(); f(); return performance.now() - t; }
function measure(path: string, passphrase: string | null, label: string) {
  const opensBefore = [0, 1, 2].map(() => time(() => openProject(path, { passphrase, integrityCheck: 'before-first-write' }).close()));
  const opensOn = [0, 1, 2].map(() => time(() => openProject(path, { passphrase, integrityCheck: 'on-open' }).close()));
  const s = openProject(path, { passphrase });
  const qc = [0, 1, 2].map(() => time(() => pageProblems(s.db)));
  s.close();
  console.log(JSON.stringify({ label, openBeforeFirstWrite: med(opensBefore), openWithQuickCheck: med(opensOn), quickCheck: med(qc), qcAll: qc.map(Math.round) }));
}
measure(plain, null, 'plain 5000');
copyFileSync(src, enc);
console.log('encrypt ms', Math.round(time(() => rewriteFileKey(enc, undefined, 'a passphrase for the quick check bench'))));
measure(enc, 'a passphrase for the quick check bench', 'encrypted 5000');
rmSync(plain); rmSync(enc);
