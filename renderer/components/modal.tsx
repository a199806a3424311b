// A modal dialog on the native <dialog> element: focus is kept inside, Escape closes it.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { focusMainHeading } from './focus-fallback.ts';

export interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  // a wider dialog for lists (backups)
  wide?: boolean;
}

// Shows `children` in a modal dialog titled `title` while it is mounted.
export function Modal({ title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
      else focusMainHeading();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
