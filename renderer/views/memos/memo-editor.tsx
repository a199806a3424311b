// A memo in tiptap: bold, italic, headings, lists and links to passages of sources.
// Saved with the Save button, Ctrl+S, or when the editor loses focus with changes;
// every save is one undoable action. Styles come from memos.css (injectCSS: false,
// because our CSP forbids <style> elements).
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { MemoRecord, MemoTarget } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { parsePassageHref, passageHref, passageLinkText } from './passage-links.ts';
import type { PassageRef } from './passage-links.ts';
import './memos.css';

export interface LinkablePassage extends PassageRef {
  words: string;
}

export interface MemoEditorProps {
  // the memo to edit, or null for a new one on the target
  memo: MemoRecord | null;
  targetKind: MemoTarget;
  targetId: number | null;
  defaultTitle: string;
  readOnly: boolean;
  // the passage selected in the coding view, offered as "Link passage"
  passage?: LinkablePassage | null;
  onSaved?(memo: MemoRecord): void;
  // the text takes the focus when the editor appears, if the focus was lost (the editor of a just-saved new memo)
  focusOnMount?: boolean;
  onClose?(): void;
  onOpenPassage?(passage: PassageRef): void;
  // the passage of the source a new memo is anchored to (an annotation)
  range?: { start: number; end: number } | null;
}

function parseContent(json: string | undefined): object | string {
  if (!json) return '';
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc' ? value : '';
  } catch {
    return '';
  }
}

// The tiptap editor of a memo: its formatting (no code, no rules; headings 3 and 4; links to passages), Ctrl+S saves.
function useMemoTiptap(memo: MemoRecord | null, readOnly: boolean, onSaveKey: () => void, onUpdate: () => void): Editor | null {
  return useEditor({
    extensions: [
      StarterKit.configure({
        codeBlock: false,
        code: false,
        horizontalRule: false,
        heading: { levels: [3, 4] },
        link: {
          openOnClick: false,
          autolink: false,
          linkOnPaste: false,
          isAllowedUri: (url, ctx) => parsePassageHref(url) !== null || ctx.defaultValidate(url),
        },
      }),
    ],
    content: parseContent(memo?.contentJson),
    editable: !readOnly,
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: { class: 'memo-editor-content', 'aria-label': 'Memo text', role: 'textbox', 'aria-multiline': 'true' },
      handleKeyDown: (_view, event) => {
        if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
          onSaveKey();
          return true;
        }
        return false;
      },
    },
    onUpdate,
  });
}

interface MemoToolbarProps {
  editor: Editor | null;
  passage: LinkablePassage | null;
  onLinkPassage(): void;
}

// Bold, italic, heading, list, and a link to the passage selected in the transcript.
function MemoToolbar({ editor, passage, onLinkPassage }: MemoToolbarProps) {
  const active = (name: string, attrs?: Record<string, unknown>) => (editor?.isActive(name, attrs) ? 'true' : 'false');
  return (
    <div className="memo-toolbar" role="toolbar" aria-label="Memo formatting">
      <button type="button" className="small" aria-pressed={active('bold')} onClick={() => editor?.chain().focus().toggleBold().run()} aria-label="Bold" title="Bold (Ctrl+B)">
        <b>B</b>
      </button>
      <button type="button" className="small" aria-pressed={active('italic')} onClick={() => editor?.chain().focus().toggleItalic().run()} aria-label="Italic" title="Italic (Ctrl+I)">
        <i>I</i>
      </button>
      <button type="button" className="small" aria-pressed={active('heading', { level: 3 })} onClick={() => editor?.chain().focus().toggleHeading({ level: 3 }).run()} aria-label="Heading" title="Heading">
        H
      </button>
      <button type="button" className="small" aria-pressed={active('bulletList')} onClick={() => editor?.chain().focus().toggleBulletList().run()} aria-label="Bulleted list" title="Bulleted list">
        • List
      </button>
      <button type="button" className="small" disabled={!passage} onClick={onLinkPassage} title={passage ? 'Insert a link to the passage selected in the transcript' : 'Select a passage in the transcript to link it here'}>
        Link passage
      </button>
    </div>
  );
}

// A click on a passage link in a memo opens the passage (links never navigate).
function openLinkedPassage(e: MouseEvent<HTMLElement>, onOpenPassage: ((passage: PassageRef) => void) | undefined): void {
  const anchor = (e.target as HTMLElement).closest('a');
  if (!anchor) return;
  e.preventDefault();
  const target = parsePassageHref(anchor.getAttribute('href'));
  if (target) onOpenPassage?.(target);
}

interface MemoButtonsProps {
  // 'new': never saved and unchanged
  state: 'saving' | 'unsaved' | 'saved' | 'new';
  onClose: (() => void) | undefined;
  onSave(): void;
}

// Whether the memo is saved, Close (when the memo can be closed) and Save memo.
function MemoButtons({ state, onClose, onSave }: MemoButtonsProps) {
  return (
    <div className="memo-buttons">
      <span className="muted" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'unsaved' ? 'Not saved yet' : state === 'saved' ? 'Saved' : ''}
      </span>
      {onClose ? (
        <button type="button" className="small" onClick={onClose}>
          Close
        </button>
      ) : null}
      <button type="button" className="small primary" onClick={onSave} disabled={state === 'saving' || state === 'saved'}>
        Save memo
      </button>
    </div>
  );
}

// The rich-text editor of one memo.
export function MemoEditor({ memo, targetKind, targetId, defaultTitle, readOnly, passage, onSaved, focusOnMount, onClose, onOpenPassage, range }: MemoEditorProps) {
  const [title, setTitle] = useState(memo?.title ?? defaultTitle);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  const saved = useRef<MemoRecord | null>(memo);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const editor = useMemoTiptap(memo, readOnly, () => void saveRef.current(), () => setDirty(true));

  async function save() {
    if (!editor || readOnly || saving) return;
    setSaving(true);
    setError(null);
    try {
      const result = await call('memos.save', {
        ...(saved.current ? { id: saved.current.id } : range ? { range } : {}),
        targetKind,
        targetId,
        title: title.trim() || defaultTitle,
        contentJson: JSON.stringify(editor.getJSON()),
        plainText: editor.getText({ blockSeparator: '\n' }),
      });
      saved.current = result;
      setDirty(false);
      onSaved?.(result);
    } catch (e) {
      setError(toApiCallError(e));
    } finally {
      setSaving(false);
    }
  }
  saveRef.current = save;

  useEffect(() => {
    const active = document.activeElement;
    if (focusOnMount && editor && (active === null || active === document.body)) editor.commands.focus('end');
    // only when the editor appears
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  // a memo changed elsewhere (undo, another editor) is shown as it is now, unless typing is pending
  useEffect(() => {
    if (!editor || !memo || dirty || memo.updatedAt === saved.current?.updatedAt) return;
    saved.current = memo;
    setTitle(memo.title);
    editor.commands.setContent(parseContent(memo.contentJson), { emitUpdate: false });
  }, [memo, editor, dirty]);

  function linkPassage() {
    if (!editor || !passage) return;
    editor
      .chain()
      .focus()
      .insertContent([
        { type: 'text', text: passageLinkText(passage.words), marks: [{ type: 'link', attrs: { href: passageHref(passage) } }] },
        { type: 'text', text: ' ' },
      ])
      .run();
  }

  return (
    <div
      className="memo-editor"
      onBlur={(e) => {
        if (dirty && !e.currentTarget.contains(e.relatedTarget as Node | null)) void save();
      }}
    >
      <input
        type="text"
        className="memo-title"
        aria-label="Memo title"
        // a new memo starts in its title, so typing goes there rather than to the transcript's keys
        autoFocus={!memo && !readOnly}
        value={title}
        readOnly={readOnly}
        onChange={(e) => {
          setTitle(e.target.value);
          setDirty(true);
        }}
      />
      {readOnly ? null : <MemoToolbar editor={editor} passage={passage ?? null} onLinkPassage={linkPassage} />}
      <div className="memo-editor-frame" onClick={(e) => openLinkedPassage(e, onOpenPassage)}>
        <EditorContent editor={editor} />
      </div>
      <ErrorMessage error={error} />
      {readOnly ? null : <MemoButtons state={saving ? 'saving' : dirty ? 'unsaved' : saved.current ? 'saved' : 'new'} onClose={onClose} onSave={() => void save()} />}
    </div>
  );
}
