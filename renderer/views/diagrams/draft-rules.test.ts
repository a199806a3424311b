import { describe, expect, it } from 'vitest';
import { adjustDraft, withLine } from './draft-rules.ts';
import type { TensionDraft } from './draft-rules.ts';

const base: TensionDraft = { fromId: 1, toId: 2, level: 'secondary', label: '', memo: '', advancedForm: '' };

describe('a tension draft', () => {
  it('becomes primary when it loses its second component, and secondary when it gains one', () => {
    const primary = adjustDraft(base, { toId: null });
    expect(primary).toMatchObject({ toId: null, level: 'primary' });
    expect(adjustDraft(primary, { toId: 3 })).toMatchObject({ toId: 3, level: 'secondary' });
  });

  it('keeps tertiary and quaternary when the second component changes', () => {
    expect(adjustDraft({ ...base, level: 'quaternary' }, { toId: 5 })).toMatchObject({ toId: 5, level: 'quaternary' });
  });

  it('keeps a tertiary contradiction when it loses its second component (it may lie inside one)', () => {
    expect(adjustDraft({ ...base, level: 'tertiary' }, { toId: null })).toMatchObject({ toId: null, level: 'tertiary' });
    expect(adjustDraft({ ...base, level: 'tertiary', toId: null }, { toId: 4 })).toMatchObject({ toId: 4, level: 'tertiary' });
  });

  it('drops the second component when made primary, and never joins a component to itself', () => {
    expect(adjustDraft(base, { level: 'primary' })).toMatchObject({ toId: null, level: 'primary' });
    expect(adjustDraft(base, { toId: 1 })).toMatchObject({ toId: null, level: 'primary' });
    expect(adjustDraft(base, { fromId: 2 })).toMatchObject({ fromId: 2, toId: null, level: 'primary' });
  });
});

describe('adding a suggestion to a text', () => {
  it('appends a line once', () => {
    expect(withLine('', 'Mentors')).toBe('Mentors');
    expect(withLine('Brokers\n', 'Mentors')).toBe('Brokers\nMentors');
    expect(withLine('Brokers\nMentors', 'Mentors')).toBe('Brokers\nMentors');
  });
});
