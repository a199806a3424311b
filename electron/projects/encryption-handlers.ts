// Handlers of a project's encryption at rest: encrypt it, give it another passphrase, or
// decrypt it (electron/db/encryption.ts does the work; the session opens it again after).
import { ApiError } from '../../shared/errors.ts';
import type { Handlers } from '../app/dispatch.ts';
import { passphraseOf } from '../db/connection.ts';
import { isEncrypted } from '../db/encryption.ts';
import type { Store } from '../db/store.ts';
import type { ProjectSession } from './session.ts';

type EncryptionMethods = 'project.encrypt' | 'project.changePassphrase' | 'project.decrypt';

// Refuses to change or remove a project's passphrase without that passphrase (so a window
// left open cannot be used to take the encryption away).
function confirmPassphrase(store: Store, current: string): void {
  const passphrase = passphraseOf(store.db);
  if (passphrase === undefined) throw new ApiError('CONFLICT', 'This project is not encrypted. Use File > Encrypt project to give it a passphrase.');
  if (current.normalize('NFC') !== passphrase.normalize('NFC')) throw new ApiError('PASSPHRASE', 'That is not the passphrase of this project. Nothing was changed.', { reason: 'wrong' });
}

// Builds the encryption handlers over the app's session.
export function createEncryptionHandlers(session: ProjectSession): Pick<Handlers, EncryptionMethods> {
  return {
    'project.encrypt': async ({ passphrase }) => {
      if (isEncrypted(session.requireStore())) throw new ApiError('CONFLICT', 'This project is already encrypted. Use File > Change passphrase to give it another one.');
      return session.changeKey(passphrase);
    },
    'project.changePassphrase': async ({ current, passphrase }) => {
      confirmPassphrase(session.requireStore(), current);
      return session.changeKey(passphrase);
    },
    'project.decrypt': async ({ current }) => {
      confirmPassphrase(session.requireStore(), current);
      return session.changeKey(null);
    },
  };
}
