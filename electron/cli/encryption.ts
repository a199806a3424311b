// Command-line commands of a project's encryption at rest (electron/db/encryption.ts):
//   encrypt <project.alens> --new-password-file FILE   a plain project and its backups
//   rekey <project.alens> --new-password-file FILE     another passphrase (the current one with --password-file)
//   decrypt <project.alens>                            plain again (the current one with --password-file)
// The new passphrase may also come from ACTIVITY_LENS_NEW_PASSWORD, the current one from
// ACTIVITY_LENS_PASSWORD. No passphrase is ever printed.
import { ApiError } from '../../shared/errors.ts';
import { changeProjectKey, isEncrypted } from '../db/encryption.ts';
import type { KeyChangeReport } from '../db/encryption.ts';
import type { CliCommand } from './command.ts';
import { newPassphrase } from './passphrase.ts';
import { projectArgument } from './projects.ts';
import { withProject } from './with-project.ts';

const ENCRYPT = 'encrypt <project.alens> --new-password-file FILE';
const REKEY = 'rekey <project.alens> --new-password-file FILE';
const DECRYPT = 'decrypt <project.alens>';

// What happened, in one line or two.
function reported(path: string, done: string, report: KeyChangeReport): string {
  const backups = report.backupsChanged === 0 ? '' : ` and ${report.backupsChanged} backup${report.backupsChanged === 1 ? '' : 's'}`;
  const left = report.backupsNotChanged.length === 0 ? '' : `\nThese backups could not be changed and were left as they were (delete them if they must not stay readable): ${report.backupsNotChanged.join(', ')}`;
  return `${done} ${path}${backups}.${left}`;
}

export const encryptionCommands: CliCommand[] = [
  {
    name: 'encrypt',
    usage: ENCRYPT,
    summary: 'encrypt a project and its backups with a passphrase',
    async run({ positional, out }) {
      const path = projectArgument(positional);
      const next = newPassphrase('next', ENCRYPT);
      const report = await withProject(path, false, (store) => {
        if (isEncrypted(store)) throw new ApiError('CONFLICT', `${path} is already encrypted. Use rekey to give it another passphrase.`);
        return changeProjectKey(store, next);
      });
      out(reported(path, 'Encrypted', report));
      return report.backupsNotChanged.length === 0 ? 0 : 1;
    },
  },
  {
    name: 'rekey',
    usage: REKEY,
    summary: 'give an encrypted project (and its backups) another passphrase',
    async run({ positional, out }) {
      const path = projectArgument(positional);
      const next = newPassphrase('next', REKEY);
      const report = await withProject(path, false, (store) => {
        if (!isEncrypted(store)) throw new ApiError('CONFLICT', `${path} is not encrypted. Use encrypt to give it a passphrase.`);
        return changeProjectKey(store, next);
      });
      out(reported(path, 'Gave a new passphrase to', report));
      return report.backupsNotChanged.length === 0 ? 0 : 1;
    },
  },
  {
    name: 'decrypt',
    usage: DECRYPT,
    summary: 'remove the encryption of a project and its backups',
    async run({ positional, out }) {
      const path = projectArgument(positional);
      const report = await withProject(path, false, (store) => {
        if (!isEncrypted(store)) throw new ApiError('CONFLICT', `${path} is not encrypted.`);
        return changeProjectKey(store, null);
      });
      out(reported(path, 'Decrypted', report));
      return report.backupsNotChanged.length === 0 ? 0 : 1;
    },
  },
];
