// Exports the diagram as PNG (300 dpi at a chosen print width) or SVG, drawn by the app
// from the same SVG the screen shows, and saves it through the browser's download.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DiagramExport } from '../../../shared/model/diagrams.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

export interface ExportDialogProps {
  diagramId: number;
  title: string;
  onExported(result: DiagramExport): void;
  onClose(): void;
}

const DPI = 300;

// Pixels across at 300 dpi for a width in centimetres.
export function pixelsAcross(widthCm: number): number {
  return Math.round((widthCm / 2.54) * DPI);
}

// Saves bytes under a file name through a download link.
export function saveBytes(bytesBase64: string, mimeType: string, fileName: string): void {
  const binary = atob(bytesBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The export dialog.
export function ExportDialog({ diagramId, title, onExported, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [width, setWidth] = useState('16');
  const { busy, error, run } = useDialogAction(onClose);
  const widthCm = Number(width.replace(',', '.'));
  const widthOk = Number.isFinite(widthCm) && widthCm >= 2 && widthCm <= 120;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (format === 'png' && !widthOk) return;
    await run(async () => {
      const result = await call('diagrams.export', format === 'png' ? { id: diagramId, format, widthCm } : { id: diagramId, format });
      saveBytes(result.bytesBase64, result.mimeType, result.fileName);
      onExported(result);
    });
  }

  return (
    <Modal title={`Export “${title}”`} onClose={onClose}>
      <form className="diagrams-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>Format</legend>
          <label className="radio">
            <input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} />
            PNG image at 300 dpi (for Word and print)
          </label>
          <label className="radio">
            <input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} />
            SVG drawing (scales to any size)
          </label>
        </fieldset>
        {format === 'png' ? (
          <label className="field">
            <span className="field-label">Print width (cm)</span>
            <input type="text" inputMode="decimal" value={width} onChange={(e) => setWidth(e.target.value)} aria-invalid={widthOk ? undefined : true} />
            <span className="field-hint">{widthOk ? `${pixelsAcross(widthCm)} pixels across at 300 dpi.` : 'Between 2 and 120 cm.'}</span>
          </label>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || (format === 'png' && !widthOk)}>
            {busy ? 'Drawing…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
