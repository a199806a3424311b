// Measures the coding view in Chromium (Playwright with /usr/bin/chromium) against a
// web host started in this process: time from opening the source (double-click on its
// row) to the first painted frame with coded text, frame times while scrolling the
// transcript from top to bottom, and the most DOM elements seen at any frame.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { createAppHost } from '../../../electron/app/app-host.ts';
import { startWebHost } from '../../../electron/app/web-host.ts';
import type { WebHost } from '../../../electron/app/web-host.ts';
import { scrollToBottomCall } from './page-scripts.ts';

// Page scripts are strings: they run in the page (DOM), not in this Node process.
const WATCH_FIRST_PAINT = `(() => {
  window.__paintedAt = new Promise((resolve) => {
    document.addEventListener('dblclick', () => { window.__openedAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.coding-run-coded')) return;
      observer.disconnect();
      // the frame showing it is painted after this rAF's callbacks; the message runs after that paint
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
})()`;

const FIRST_PAINT_MS = `window.__paintedAt.then((painted) => painted - (window.__openedAt ?? painted))`;


// Resolves with the time from the next key press of `key` to the first frame painted after
// the focused turn shows a stripe of node `nodeId` (the page script of one coding action).
const WATCH_CODED_STRIPE = `(nodeId) => {
  const turn = document.activeElement && document.activeElement.closest('[role="group"]');
  if (!turn) throw new Error('no focused turn');
  if (turn.querySelector('[data-node-id="' + nodeId + '"]')) throw new Error('the turn is coded at the node already');
  window.__codedAt = new Promise((resolve) => {
    let pressed = 0;
    document.addEventListener('keydown', () => { pressed = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!turn.querySelector('[data-node-id="' + nodeId + '"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - pressed);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(turn, { childList: true, subtree: true, attributes: true });
  });
}`;

export interface CodingViewNumbers {
  firstPaintMs: number;
  frameMs: number[];
  maxDomNodes: number;
  frames: number;
  scrolledPx: number;
  // the same from the top again, jumping `fastStepPx` a frame (like dragging the scroll bar)
  fastFrameMs: number[];
  fastMaxDomNodes: number;
  // key press (1: the node used last) to the painted stripe, one per coded passage
  codePassageMs: number[];
}

// Codes two words of `passages` turns in a row by keyboard at the target node: the first by
// the picker (C, its name, Enter), then each next turn by its recent-node key 1, timed.
async function measureCodePassage(page: Page, target: { name: string; id: number }, passages: number): Promise<number[]> {
  const selectTwoWords = async () => {
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  };
  // (locators, not waitForFunction: the page's content security policy forbids eval)
  const stripeInFocusedTurn = page.locator(`.coding-scroller [role="group"]:focus-within [data-node-id="${target.id}"]`).first();
  await page.locator('.coding-scroller [role="group"]').nth(1).focus();
  await selectTwoWords();
  await page.keyboard.press('c');
  await page.getByRole('dialog', { name: 'Code at node' }).waitFor();
  await page.keyboard.type(target.name);
  await page.keyboard.press('Enter');
  await stripeInFocusedTurn.waitFor();
  const times: number[] = [];
  for (let i = 0; i < passages; i++) {
    await page.keyboard.press('Control+ArrowDown');
    await selectTwoWords();
    if (!(await page.evaluate(`(document.getSelection()?.toString() ?? '').trim().length > 0`))) throw new Error('the keys selected nothing');
    await page.evaluate(`(${WATCH_CODED_STRIPE})(${target.id})`);
    await page.keyboard.press('1');
    times.push(Number(await page.evaluate('window.__codedAt')));
  }
  return times;
}

// Builds the renderer into `outDir` (unless ACTIVITY_LENS_STATIC names a built one) and returns its folder.
export async function builtRenderer(outDir: string): Promise<string> {
  if (process.env.ACTIVITY_LENS_STATIC) return process.env.ACTIVITY_LENS_STATIC;
  await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

// Opens the project in browser mode, opens the source in the coding view and scrolls it top to bottom.
export async function measureCodingView(projectPath: string, sourceName: string, workDir: string, staticDir: string, target: { name: string; id: number }, stepPx = 120, fastStepPx = 1500): Promise<CodingViewNumbers> {
  const homeDir = join(workDir, 'home');
  mkdirSync(homeDir, { recursive: true });
  let web: WebHost | null = null;
  const host = createAppHost({ binding: 'web', homeDir, emit: (event) => web?.emit(event), backupIntervalMinutes: 600 });
  await host.openStartupProject(projectPath);
  web = await startWebHost({ dispatch: host.dispatch, staticDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(web.url);
    const row = page.getByRole('table', { name: 'Sources' }).getByRole('rowheader', { name: sourceName, exact: true });
    await row.waitFor();
    // from the double-click event to the first frame painted after coded text is in the DOM
    await page.evaluate(WATCH_FIRST_PAINT);
    await row.dblclick();
    const firstPaintMs = Number(await page.evaluate(FIRST_PAINT_MS));
    // answer "Who is coding?" so nothing covers the transcript
    const later = page.getByRole('dialog', { name: 'Who is coding?' }).getByRole('button', { name: 'Later' });
    if (await later.isVisible().catch(() => false)) await later.click();
    await page.waitForTimeout(300);
    const scrolled = (await page.evaluate(scrollToBottomCall('.coding-scroller', stepPx))) as { frameMs: number[]; maxDomNodes: number; scrolledPx: number; atBottom: boolean };
    if (!scrolled.atBottom) throw new Error('the transcript did not scroll to the bottom');
    await page.evaluate(`document.querySelector('.coding-scroller').scrollTop = 0`);
    await page.waitForTimeout(500);
    const fast = (await page.evaluate(scrollToBottomCall('.coding-scroller', fastStepPx))) as { frameMs: number[]; maxDomNodes: number; atBottom: boolean };
    if (!fast.atBottom) throw new Error('the transcript did not scroll to the bottom (fast)');
    await page.evaluate(`document.querySelector('.coding-scroller').scrollTop = 0`);
    const codePassageMs = await measureCodePassage(page, target, 20);
    return {
      firstPaintMs,
      frameMs: scrolled.frameMs,
      maxDomNodes: scrolled.maxDomNodes,
      frames: scrolled.frameMs.length,
      scrolledPx: scrolled.scrolledPx,
      fastFrameMs: fast.frameMs,
      fastMaxDomNodes: fast.maxDomNodes,
      codePassageMs,
    };
  } finally {
    await browser.close();
    await web.close();
    await host.close();
  }
}
