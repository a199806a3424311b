// A memo's rich-text content (tiptap JSON) made from plain text: one paragraph per line.

// The tiptap document of a plain text (blank lines become empty paragraphs).
export function memoContentJson(plainText: string): string {
  const lines = plainText.replace(/\r\n?/g, '\n').split('\n');
  const content = lines.map((line) => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return JSON.stringify({ type: 'doc', content });
}
