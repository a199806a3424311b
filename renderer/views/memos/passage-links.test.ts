import { describe, expect, it } from 'vitest';
import { parsePassageHref, passageHref, passageLinkText } from './passage-links.ts';

describe('passage links', () => {
  it('round-trips a passage through its href', () => {
    const p = { sourceId: 12, start: 40, end: 95 };
    expect(passageHref(p)).toBe('#passage/12/40-95');
    expect(parsePassageHref(passageHref(p))).toEqual(p);
  });

  it.each(['https://example.org', '#passage/1/9-3', '#passage/x/1-2', '', null, undefined, 'javascript:alert(1)'])('rejects %j', (href) => {
    expect(parsePassageHref(href)).toBeNull();
  });

  it('quotes and shortens the linked words', () => {
    expect(passageLinkText('  we had\nto log  ')).toBe('“we had to log”');
    expect(passageLinkText('a'.repeat(80), 10)).toBe(`“${'a'.repeat(10)}…”`);
  });
});
