// What the coding view remembers per project on this computer (not in the project
// file): who is coding, and the nodes used most recently.
const MAX_RECENT = 9;

function key(projectGuid: string, what: string): string {
  return `activity-lens:${projectGuid}:${what}`;
}

function read(k: string): string | null {
  try {
    return window.localStorage.getItem(k);
  } catch {
    return null;
  }
}

function write(k: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(k);
    else window.localStorage.setItem(k, value);
  } catch {
    // private windows may refuse storage; the choice then lasts for this page only
  }
}

// The coder chosen for this project on this computer, or null.
export function rememberedCoder(projectGuid: string): number | null {
  const value = Number(read(key(projectGuid, 'coder')));
  return Number.isInteger(value) && value > 0 ? value : null;
}

// Remembers (or forgets, with null) who is coding this project here.
export function rememberCoder(projectGuid: string, coderId: number | null): void {
  write(key(projectGuid, 'coder'), coderId === null ? null : String(coderId));
}

// The nodes coded at most recently, newest first.
export function recentNodes(projectGuid: string): number[] {
  try {
    const parsed: unknown = JSON.parse(read(key(projectGuid, 'recent-nodes')) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n) && n > 0).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

// Puts a node at the front of the recently-used list; returns the new list.
export function pushRecentNode(projectGuid: string, nodeId: number): number[] {
  const list = [nodeId, ...recentNodes(projectGuid).filter((n) => n !== nodeId)].slice(0, MAX_RECENT);
  write(key(projectGuid, 'recent-nodes'), JSON.stringify(list));
  return list;
}

// Whose codings the coding view shows: everyone's, only the current coder's (blind), or one coder's.
export type CodersShown = 'all' | 'mine' | { coderId: number };

// Which codings this computer shows for this project.
export function codersShown(projectGuid: string): CodersShown {
  const value = read(key(projectGuid, 'coders-shown'));
  if (value === 'mine') return 'mine';
  const id = Number(value);
  return value !== null && Number.isInteger(id) && id > 0 ? { coderId: id } : 'all';
}

// Remembers whose codings to show.
export function rememberCodersShown(projectGuid: string, shown: CodersShown): void {
  write(key(projectGuid, 'coders-shown'), shown === 'all' ? null : shown === 'mine' ? 'mine' : String(shown.coderId));
}

// Whether stripes are coloured by coder (else by node) on this computer.
export function stripesByCoder(projectGuid: string): boolean {
  return read(key(projectGuid, 'stripes-by-coder')) === '1';
}

// Remembers how stripes are coloured.
export function rememberStripesByCoder(projectGuid: string, byCoder: boolean): void {
  write(key(projectGuid, 'stripes-by-coder'), byCoder ? '1' : null);
}
