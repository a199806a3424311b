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
