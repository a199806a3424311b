// The two fields of a new passphrase (typed twice), with the rule it must meet.
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/api/projects.ts';

export interface NewPassphrase {
  passphrase: string;
  repeated: string;
}

// What is wrong with a new passphrase, or null when it may be used.
export function newPassphraseProblem({ passphrase, repeated }: NewPassphrase): string | null {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) return `The passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters long. A phrase of a few ordinary words is easy to type and hard to guess.`;
  if (passphrase.length > PASSPHRASE_MAX_LENGTH) return `The passphrase may be at most ${PASSPHRASE_MAX_LENGTH} characters long.`;
  if (passphrase !== repeated) return 'The two passphrases are not the same. Type it again in both fields.';
  return null;
}

export interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange(value: NewPassphrase): void;
  // focus the first field when shown
  autoFocus?: boolean;
}

// A new passphrase and its repetition; a warning that a lost passphrase cannot be recovered.
export function NewPassphraseFields({ value, onChange, autoFocus = false }: NewPassphraseFieldsProps) {
  return (
    <div className="passphrase-fields">
      <label className="field">
        <span className="field-label">Passphrase</span>
        <input type="password" value={value.passphrase} onChange={(e) => onChange({ ...value, passphrase: e.target.value })} autoComplete="new-password" spellCheck={false} autoFocus={autoFocus} />
      </label>
      <label className="field">
        <span className="field-label">The same passphrase again</span>
        <input type="password" value={value.repeated} onChange={(e) => onChange({ ...value, repeated: e.target.value })} autoComplete="new-password" spellCheck={false} />
        <span className="field-hint">Keep it somewhere safe: without it the project and its backups cannot be opened, by you or by anyone.</span>
      </label>
    </div>
  );
}
