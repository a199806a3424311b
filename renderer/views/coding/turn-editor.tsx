// Correcting one turn in place: tiptap is mounted on this turn only, as plain text (one
// paragraph per line, no formatting). Ctrl+Enter saves, Escape cancels. The caller
// turns the corrected text into code-point edits; no editor position is ever stored.
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { JSONContent } from '@tiptap/react';
import { useRef } from 'react';
import type { ReactNode } from 'react';

export interface TurnEditorProps {
  text: string;
  busy: boolean;
  // messages (errors, what will change) shown under the editor
  children?: ReactNode;
  onSave(text: string): void;
  onCancel(): void;
}

const PLAIN_TEXT_ONLY = {
  blockquote: false,
  bold: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  dropcursor: false,
  gapcursor: false,
  hardBreak: false,
  heading: false,
  horizontalRule: false,
  italic: false,
  listItem: false,
  listKeymap: false,
  link: false,
  orderedList: false,
  strike: false,
  underline: false,
  trailingNode: false,
} as const;

// The editor document of a plain text: one paragraph per line.
export function textToDoc(text: string): JSONContent {
  return { type: 'doc', content: text.split('\n').map((line) => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] })) };
}

// The plain text of the editor's document (paragraphs joined by line breaks).
function textOf(doc: { forEach(fn: (node: { textContent: string }) => void): void }): string {
  const lines: string[] = [];
  doc.forEach((node) => lines.push(node.textContent));
  return lines.join('\n');
}

// The tiptap editor of one turn, with Save and Cancel.
export function TurnEditor({ text, busy, children, onSave, onCancel }: TurnEditorProps) {
  const actions = useRef({ onSave, onCancel });
  actions.current = { onSave, onCancel };
  const editor = useEditor({
    extensions: [StarterKit.configure(PLAIN_TEXT_ONLY)],
    content: textToDoc(text),
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: 'end',
    editorProps: {
      attributes: { class: 'coding-turn-editor', 'aria-label': 'Correct this turn', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' },
      handleKeyDown: (view, event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          actions.current.onSave(textOf(view.state.doc));
          return true;
        }
        if (event.key === 'Escape') {
          actions.current.onCancel();
          return true;
        }
        return false;
      },
    },
  });
  return (
    <div className="coding-block-text coding-block-text-editing">
      <EditorContent editor={editor} />
      {children}
      <div className="coding-editor-buttons">
        <span className="muted">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" className="small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="small primary" disabled={busy || !editor} onClick={() => editor && onSave(textOf(editor.state.doc))}>
          {busy ? 'Saving…' : 'Save correction'}
        </button>
      </div>
    </div>
  );
}
