// Collects the kinds of things an import or export cannot carry, with counts and a few examples.
import type { LeftOutItem } from '../model/exchange.ts';

export class LeftOut {
  private readonly items = new Map<string, LeftOutItem>();

  // Counts things of one kind that do not come through, keeping up to five examples.
  add(what: string, reason: string, example?: string, count = 1): void {
    const item = this.items.get(what) ?? { what, count: 0, reason, examples: [] };
    item.count += count;
    if (example && item.examples.length < 5 && !item.examples.includes(example)) item.examples.push(example);
    this.items.set(what, item);
  }

  // Every kind collected, in the order first seen.
  list(): LeftOutItem[] {
    return [...this.items.values()].filter((i) => i.count > 0);
  }
}
