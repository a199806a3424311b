// Page scripts the Chromium benches share (strings: they run in the page, not in Node).

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
