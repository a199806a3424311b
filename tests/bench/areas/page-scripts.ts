// Page scripts the Chromium benches share (strings: they run in the page, not in Node), and
// the calls that run them.
import type { Page } from '@playwright/test';

// Scrolls the element `selector` finds by `step` px every frame until it stops moving; records
// frame times, the most DOM elements seen, how far it scrolled and whether it reached the bottom.
export const SCROLL_TO_BOTTOM = `async ([selector, step]) => {
  const scroller = document.querySelector(selector);
  if (!scroller) throw new Error('no scroller ' + selector);
  const frameMs = [];
  let maxDomNodes = document.getElementsByTagName('*').length;
  let last = 0;
  let stuck = 0;
  await new Promise((resolve) => {
    const tick = (now) => {
      frameMs.push(now - last);
      last = now;
      maxDomNodes = Math.max(maxDomNodes, document.getElementsByTagName('*').length);
      const before = scroller.scrollTop;
      scroller.scrollTop = before + step;
      stuck = scroller.scrollTop === before ? stuck + 1 : 0;
      if (stuck > 5 || frameMs.length > 20000) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  });
  return { frameMs: frameMs.slice(0, Math.max(0, frameMs.length - 6)), maxDomNodes, scrolledPx: scroller.scrollTop, atBottom: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 };
}`;

// The call of SCROLL_TO_BOTTOM on one element with one step, as page.evaluate takes it.
export function scrollToBottomCall(selector: string, step: number): string {
  return `(${SCROLL_TO_BOTTOM})(${JSON.stringify([selector, step])})`;
}

// From the next click to the first frame painted once `ready()` holds (checked after every DOM
// change); with `busy`, `ready()` counts only once `busy()` has held after the click (a query's
// button says it is working), so a result already on screen is not taken for the new one.
const WATCH_CLICK_TO_PAINT = `([ready, busy]) => {
  const check = new Function('return (' + ready + ')()');
  const working = busy ? new Function('return (' + busy + ')()') : null;
  window.__paintedAfterClick = new Promise((resolve, reject) => {
    let clickedAt = null;
    let sawBusy = working === null;
    // a screen that never shows its result fails the bench instead of holding it
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no result in 300 s (busy seen: ' + sawBusy + '): ' + ready)); }, 300000);
    document.addEventListener('click', () => { clickedAt = performance.now(); }, { capture: true, once: true });
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - (clickedAt ?? performance.now()));
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => {
      if (clickedAt === null) return;
      if (!sawBusy && working()) sawBusy = true;
      if (sawBusy && check()) done();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}`;

// Clicks what `click` clicks and returns the time to the first painted frame where `ready` holds.
export async function clickToPaint(page: Page, ready: string, click: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${WATCH_CLICK_TO_PAINT})(${JSON.stringify([ready, null])})`);
  await click();
  return Number(await page.evaluate('window.__paintedAfterClick'));
}

// The same for a query: the time from the click to the first painted frame of its new result.
export async function clickToResult(page: Page, busy: string, ready: string, click: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${WATCH_CLICK_TO_PAINT})(${JSON.stringify([ready, busy])})`);
  await click();
  return Number(await page.evaluate('window.__paintedAfterClick'));
}
