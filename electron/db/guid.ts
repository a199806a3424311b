// Entity guids: RFC 9562 version-7 UUIDs (a millisecond timestamp, a 12-bit counter for
// guids made in the same millisecond, then 62 random bits), so rows made one after another
// get ascending keys and a guid index grows at its end instead of rewriting a random page
// of it for every row (most of an import's disk writes before).
import { randomUUID } from 'node:crypto';

// Makes guids for one clock: ascending even when many are made in one millisecond or the clock steps back.
export function createGuidSource(clockMs: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    let ms = Math.max(0, Math.floor(clockMs()));
    if (ms > lastMs) {
      // start low in the counter's range, with room to count up (RFC 9562, 6.2 method 1)
      counter = Math.floor(Math.random() * 0x400);
    } else {
      ms = lastMs;
      counter++;
      if (counter > 0xfff) {
        ms = lastMs + 1;
        counter = 0;
      }
    }
    lastMs = ms;
    const time = ms.toString(16).padStart(12, '0').slice(-12);
    // randomUUID is xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx with the RFC variant bits in V already
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}-${randomUUID().slice(19)}`;
  };
}

const appGuids = createGuidSource();

// A new time-ordered UUID (version 7), lower-case hex as REFI-QDA and randomUUID write them.
export function timeOrderedGuid(): string {
  return appGuids();
}
