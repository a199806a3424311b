// Choosing a REFI-QDA file to bring in: from the file picker (sent as bytes) or, for big
// files, by its path on this computer (read there directly).
import { useId, useState } from 'react';
import { fileToBase64 } from '../../file-base64.ts';
import { isAbsolute } from './exchange-files.ts';

export type ChosenFile = { kind: 'file'; file: File } | { kind: 'path'; path: string };

export interface ExchangeFileFieldProps {
  label: string;
  // ".qdpx" or ".qdc,.qdpx"
  accept: string;
  disabled: boolean;
  onChange(chosen: ChosenFile | null): void;
}

// What the contract takes for a chosen file: its bytes as base64, or its path.
export async function incomingOf(chosen: ChosenFile): Promise<{ fileName: string; bytesBase64: string } | { path: string }> {
  if (chosen.kind === 'path') return { path: chosen.path };
  return { fileName: chosen.file.name, bytesBase64: await fileToBase64(chosen.file) };
}

// A file input, with a path field as the alternative for big files.
export function ExchangeFileField({ label, accept, disabled, onChange }: ExchangeFileFieldProps) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [path, setPath] = useState('');
  const report = (nextFile: File | null, nextPath: string) => {
    const p = nextPath.trim();
    if (nextFile) onChange({ kind: 'file', file: nextFile });
    else if (p !== '' && isAbsolute(p)) onChange({ kind: 'path', path: p });
    else onChange(null);
  };
  return (
    <div className="exchange-file-field">
      <label className="field" htmlFor={`${id}-file`}>
        <span className="field-label">{label}</span>
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const chosen = e.target.files?.[0] ?? null;
          setFile(chosen);
          report(chosen, path);
        }}
      />
      <details className="exchange-path-alternative">
        <summary>Or give its path on this computer (better for files over 100 MB)</summary>
        <label className="field">
          <span className="field-label">Full path of the file</span>
          <input
            type="text"
            value={path}
            disabled={disabled || file !== null}
            spellCheck={false}
            placeholder="/home/you/Research/project.qdpx"
            onChange={(e) => {
              setPath(e.target.value);
              report(file, e.target.value);
            }}
          />
          {file !== null ? <span className="field-hint">A file is chosen above; the path is not used.</span> : null}
        </label>
      </details>
    </div>
  );
}
