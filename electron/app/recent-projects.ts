// The recent-projects list, kept as JSON in the app's settings folder.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentProject } from '../../shared/model/entities.ts';

interface StoredRecent {
  path: string;
  name: string;
  openedAt: string;
}

const MAX_RECENT = 12;

function fileOf(homeDir: string): string {
  return join(homeDir, 'recent-projects.json');
}

function read(homeDir: string): StoredRecent[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(fileOf(homeDir), 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((r): r is StoredRecent => typeof r?.path === 'string' && typeof r?.name === 'string' && typeof r?.openedAt === 'string');
  } catch {
    return [];
  }
}

// The recent projects, newest first, each marked whether its file still exists.
export function listRecent(homeDir: string): RecentProject[] {
  return read(homeDir).map((r) => ({ ...r, exists: existsSync(r.path) }));
}

// Puts a project at the top of the recent list.
export function rememberRecent(homeDir: string, entry: StoredRecent): void {
  const list = [entry, ...read(homeDir).filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
  mkdirSync(homeDir, { recursive: true });
  const temp = `${fileOf(homeDir)}.tmp`;
  writeFileSync(temp, JSON.stringify(list, null, 2));
  renameSync(temp, fileOf(homeDir));
}
