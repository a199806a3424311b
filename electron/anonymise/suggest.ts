// Suggestions for the register: names, organisations and places the sources mention
// that the register does not cover yet, found offline with compromise (people,
// organisations, places, proper nouns) and a capitalised-word heuristic (capitalised
// words and runs of them that do not start a sentence). The user accepts each (a new
// register entry) or ignores it (remembered, so it is not suggested again).
import nlp from 'compromise';
import { ApiError } from '../../shared/errors.ts';
import { contextAround } from '../../shared/anonymise/leak-scan.ts';
import { createMatcher, findNames } from '../../shared/anonymise/matcher.ts';
import { foldedKey } from '../../shared/anonymise/tokenise.ts';
import type { RuleKind, Suggestion } from '../../shared/model/anonymise.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { sourceQueries } from '../sources/queries.ts';
import { registerQueries } from './queries.ts';
import { exportRules } from './register.ts';

// Capitalised words that are not identifiers (sentence furniture, calendar, common proper nouns of the domain).
const NOT_NAMES = new Set(
  (
    'i,i\'m,i\'ve,i\'d,i\'ll,ok,okay,yes,yeah,no,so,and,but,or,the,a,an,it,its,that,this,these,those,there,then,they,we,you,he,she,my,our,your,their,his,her,what,when,where,who,why,how,which,if,in,on,at,for,to,of,with,by,from,as,is,are,was,were,be,not,do,did,does,well,um,er,erm,oh,ah,right,sure,thanks,thank,sorry,so,just,really,anyway,' +
    'monday,tuesday,wednesday,thursday,friday,saturday,sunday,mondays,tuesdays,wednesdays,thursdays,fridays,saturdays,sundays,january,february,march,april,may,june,july,august,september,october,november,december,christmas,easter,' +
    'english,maths,esol,gcse,ofsted,covid,interviewer,interviewee,participant,mode,date,round,transcript,interview,project,partner,lead,college,centre,teams,zoom,word,excel,entry,level,' +
    'after,before,now,because,though,although,people,everyone,everybody,someone,somebody,nobody,probably,maybe,perhaps,god,there,they,it,that,we,you,he,she,what,who,also,still,even,here,today,yesterday,tomorrow,' +
    'one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,first,second,third,last,next,cpd,ap,aps,gp,hr,uk,nhs,it,ict,sen,send,dbs,whatsapp,email,google,microsoft,internet,online'
  ).split(','),
);

// compromise reads about 100,000 characters a second; beyond this the scan stops (select fewer sources)
const MAX_CHARS = 5_000_000;

interface Found {
  text: string;
  kind: RuleKind;
  via: Suggestion['via'];
  sourceId: number;
  sourceName: string;
  start: number;
  end: number;
  context: string;
}

function cleanCandidate(text: string): string {
  return text
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function trimStopWords(text: string): string {
  const words = text.split(' ');
  while (words.length > 0 && isStopWord(words[0] ?? '')) words.shift();
  while (words.length > 0 && isStopWord(words[words.length - 1] ?? '')) words.pop();
  return cleanCandidate(words.join(' '));
}

function plausible(text: string): boolean {
  const words = text.split(' ');
  if (words.length === 0 || words.length > 5 || text.length < 2 || text.length > 80) return false;
  if (words.every((w) => NOT_NAMES.has(w.toLowerCase()))) return false;
  return /^\p{Lu}/u.test(text);
}

function isStopWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’]/g, "'");
  return NOT_NAMES.has(w) || NOT_NAMES.has(w.replace(/'(s|m|re|ve|ll|d|t)$/, '')) || /^\d/.test(w);
}

// Capitalised words (and runs of them) that do not start a sentence, a turn or a table cell,
// without leading or trailing ordinary words ("And Bev" -> "Bev").
function capitalisedRuns(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /\p{Lu}[\p{L}'’-]*(?:[ ]+(?:of |de |van |von |St )?\p{Lu}[\p{L}'’-]*)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const sentenceStart = m.index === 0 || /([.!?:\n"“‘([|•\-–]\s*|\d\s+)$/.test(before);
    if (text[m.index + m[0].length] === ':' && (m.index === 0 || text[m.index - 1] === '\n')) continue; // a speaker label
    const words: { w: string; at: number }[] = [];
    const wordRe = /\S+/g;
    for (let w = wordRe.exec(m[0]); w; w = wordRe.exec(m[0])) words.push({ w: w[0], at: m.index + w.index });
    if (sentenceStart) words.shift();
    while (words.length > 0 && isStopWord(words[0]?.w ?? '')) words.shift();
    while (words.length > 0 && isStopWord(words[words.length - 1]?.w ?? '')) words.pop();
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    out.push({ text: text.slice(first.at, last.at + last.w.length), start: first.at, end: last.at + last.w.length });
  }
  return out;
}

function compromiseFinds(text: string): { text: string; kind: RuleKind; via: Suggestion['via']; start: number; end: number }[] {
  const doc = nlp(text);
  const out: { text: string; kind: RuleKind; via: Suggestion['via']; start: number; end: number }[] = [];
  const take = (view: { json(options: object): unknown }, kind: RuleKind, via: Suggestion['via']) => {
    const items = view.json({ offset: true }) as { text?: string; offset?: { start?: number; length?: number } }[];
    for (const item of items) {
      const start = item.offset?.start ?? -1;
      const length = item.offset?.length ?? 0;
      if (start < 0 || typeof item.text !== 'string') continue;
      out.push({ text: item.text, kind, via, start, end: start + length });
    }
  };
  take(doc.people(), 'person', 'people');
  take(doc.organizations(), 'organisation', 'organisations');
  take(doc.places(), 'place', 'places');
  return out;
}

// Scans sources (all, or those given) for names not in the register and not ignored.
export function suggestNames(store: Store, sourceIds: readonly number[] = [], work: { progress?: (done: number, total: number, message: string) => void; signal?: AbortSignal } = {}): Suggestion[] {
  const matcher = createMatcher(exportRules(store));
  const ignored = new Set(registerQueries(store).ignoredFolded.all());
  const filter = new Set(sourceIds);
  const sources = sourceQueries(store)
    .namesById.all()
    .filter((s) => filter.size === 0 || filter.has(s.id));
  const found: Found[] = [];
  let chars = 0;
  sources.forEach((s, i) => {
    if (work.signal?.aborted) throw new ApiError('CANCELLED', 'The scan was cancelled.');
    if (chars > MAX_CHARS) return;
    work.progress?.(i, sources.length, `Scanning ${i + 1} of ${sources.length} sources`);
    const text = sourceQueries(store).text.get(s.id)?.text ?? '';
    chars += text.length;
    const finds = [...compromiseFinds(text), ...capitalisedRuns(text).map((r) => ({ ...r, kind: 'other' as const, via: 'capitalised' as const }))];
    for (const f of finds) found.push({ ...f, sourceId: s.id, sourceName: s.name, context: contextAround(text, f.start, Math.min(f.end, text.length), 50) });
  });
  work.progress?.(sources.length, sources.length, 'Done');
  const bySuggestion = new Map<string, Suggestion>();
  const occurrences = new Map<string, { sourceId: number; start: number; end: number }[]>();
  for (const f of found) {
    const text = trimStopWords(cleanCandidate(f.text));
    if (!plausible(text)) continue;
    const key = foldedKey(text);
    if (!key || ignored.has(key)) continue;
    // already covered: nothing capitalised is left once the register's names are taken out
    let rest = text;
    for (const m of findNames(matcher, text).reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
    if (!rest.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !isStopWord(w))) continue;
    // the same occurrence found twice (by compromise and by the heuristic) counts once
    const seen = occurrences.get(key) ?? [];
    const repeat = seen.some((o) => o.sourceId === f.sourceId && o.start < f.end && f.start < o.end);
    seen.push({ sourceId: f.sourceId, start: f.start, end: f.end });
    occurrences.set(key, seen);
    const existing = bySuggestion.get(key);
    if (existing && repeat) continue;
    const preferKind: Record<Suggestion['via'], number> = { people: 0, organisations: 1, places: 2, capitalised: 3 };
    if (existing) {
      existing.count++;
      if (preferKind[f.via] < preferKind[existing.via]) {
        existing.via = f.via;
        existing.kind = f.kind;
      }
      if (existing.examples.length < 3 && !existing.examples.some((e) => e.sourceId === f.sourceId)) existing.examples.push({ sourceId: f.sourceId, sourceName: f.sourceName, context: f.context });
    } else {
      bySuggestion.set(key, { text, kind: f.kind, count: 1, via: f.via, examples: [{ sourceId: f.sourceId, sourceName: f.sourceName, context: f.context }] });
    }
  }
  return [...bySuggestion.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

// Remembers that a suggestion is not an identifier (undoable).
export function ignoreSuggestion(store: Store, text: string): void {
  const folded = foldedKey(text);
  if (!folded) throw new ApiError('BAD_INPUT', 'Nothing to ignore.');
  if (registerQueries(store).isIgnored.get(folded)) return;
  runAction(store, `Ignore the suggestion "${text.slice(0, 40)}"`, (rec) => {
    rec.insert('anonymisation_ignored', { guid: store.newGuid(), folded, text, created_at: store.now().toISOString() });
  });
}

// Every ignored suggestion, for the register screen.
export function listIgnored(store: Store): { id: number; text: string; createdAt: string }[] {
  return registerQueries(store)
    .ignored.all()
    .map((r) => ({ id: r.id, text: r.text, createdAt: r.created_at }));
}

// Suggests that text again (undoable).
export function unignoreSuggestion(store: Store, id: number): void {
  if (!registerQueries(store).ignoredExists.get(id)) throw new ApiError('NOT_FOUND', 'That ignored suggestion no longer exists.');
  runAction(store, 'Suggest an ignored name again', (rec) => rec.delete('anonymisation_ignored', id));
}
