// The source texts queries read, indexed for code-point slicing and kept while there is
// room: the most recently used first, up to a budget of characters, so a query over every
// source reads the texts it needs without holding the whole project in memory.
import type { OffsetIndex } from '../../shared/text/code-points.ts';

// Characters kept at most (UTF-16 units; 32 million is 32-64 MiB of strings).
const DEFAULT_BUDGET = 32_000_000;

export interface TextCache {
  get(sourceId: number): OffsetIndex | undefined;
  set(sourceId: number, text: OffsetIndex): void;
  delete(sourceId: number): void;
  clear(): void;
}

// A text cache with a budget of characters.
export function createTextCache(budget = DEFAULT_BUDGET): TextCache {
  // Map order is use order: the first entry is the least recently used
  const texts = new Map<number, OffsetIndex>();
  let held = 0;
  const drop = (sourceId: number) => {
    const text = texts.get(sourceId);
    if (!text) return;
    held -= text.text.length;
    texts.delete(sourceId);
  };
  return {
    get(sourceId) {
      const text = texts.get(sourceId);
      if (text) {
        texts.delete(sourceId);
        texts.set(sourceId, text);
      }
      return text;
    },
    set(sourceId, text) {
      drop(sourceId);
      texts.set(sourceId, text);
      held += text.text.length;
      for (const oldest of texts.keys()) {
        if (held <= budget || oldest === sourceId) break;
        drop(oldest);
      }
    },
    delete: drop,
    clear() {
      texts.clear();
      held = 0;
    },
  };
}
