// Which automatic backups to keep: the newest 10, the newest of each of the last
// 14 days and of each of the last 8 weeks. Named snapshots are always kept.

export interface DatedBackup {
  fileName: string;
  createdAt: Date;
  automatic: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

// Returns the file names of automatic backups that retention no longer needs.
export function backupsToPrune(backups: readonly DatedBackup[], now: Date): string[] {
  const automatic = backups.filter((b) => b.automatic).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>(automatic.slice(0, 10).map((b) => b.fileName));
  const newestPerBucket = (bucketOf: (b: DatedBackup) => number | null) => {
    const seen = new Set<number>();
    for (const b of automatic) {
      const bucket = bucketOf(b);
      if (bucket === null || seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(b.fileName);
    }
  };
  const age = (b: DatedBackup) => now.getTime() - b.createdAt.getTime();
  newestPerBucket((b) => (age(b) < 14 * DAY ? Math.floor(age(b) / DAY) : null));
  newestPerBucket((b) => (age(b) < 8 * 7 * DAY ? Math.floor(age(b) / (7 * DAY)) : null));
  return automatic.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
}
