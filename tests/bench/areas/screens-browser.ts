// Measures the Sources and Cases screens in Chromium (Playwright with /usr/bin/chromium)
// against a web host started in this process, on the bench corpus: time from the click
// on the navigator button (or a column header) to the first painted frame showing the
// screen's rows, the DOM elements the screen leaves in the page, and frame times while
// scrolling each list from top to bottom.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createAppHost } from '../../../electron/app/app-host.ts';
import { startWebHost } from '../../../electron/app/web-host.ts';
import type { WebHost } from '../../../electron/app/web-host.ts';
import { scrollToBottomCall } from './page-scripts.ts';

// Page script (a string: it runs in the page): from the next click to the first frame
// painted once `ready()` holds (checked after every DOM change).
const WATCH_CLICK_TO_PAINT = `(ready) => {
  const check = new Function('return (' + ready + ')()');
  window.__paintedAfterClick = new Promise((resolve) => {
    let clickedAt = null;
    document.addEventListener('click', () => { clickedAt = performance.now(); }, { capture: true, once: true });
    const done = () => {
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - (clickedAt ?? performance.now()));
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(() => { if (clickedAt !== null && check()) done(); });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
}`;


const SOURCES_SHOWN = `() => !!document.querySelector('table[aria-label="Sources"] tbody th')`;
const CASES_SHOWN = `() => !!document.querySelector('table[aria-label="Cases"] tbody input')`;
const SORTED_BY_WORDS = `() => document.querySelector('table[aria-label="Sources"] th[aria-sort]')?.textContent?.startsWith('Words') === true`;

export interface ScreenNumbers {
  sourcesMs: number[];
  casesMs: number[];
  sortMs: number[];
  sourcesDom: number;
  casesDom: number;
  sourcesScrollMs: number[];
  casesScrollMs: number[];
  scrollMaxDom: number;
}

// Clicks what `click` clicks and returns the time to the first painted frame where `ready` holds.
async function clickToPaint(page: Page, ready: string, click: () => Promise<void>): Promise<number> {
  await page.evaluate(`(${WATCH_CLICK_TO_PAINT})(${JSON.stringify(ready)})`);
  await click();
  return Number(await page.evaluate('window.__paintedAfterClick'));
}

async function scrollNumbers(page: Page, selector: string): Promise<{ frameMs: number[]; maxDomNodes: number }> {
  return (await page.evaluate(scrollToBottomCall(selector, 300))) as { frameMs: number[]; maxDomNodes: number };
}

// Opens the project in browser mode and goes between Sources and Cases `rounds` times.
export async function measureListScreens(projectPath: string, workDir: string, staticDir: string, rounds = 5): Promise<ScreenNumbers> {
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
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader').first().waitFor();
    const out: ScreenNumbers = { sourcesMs: [], casesMs: [], sortMs: [], sourcesDom: 0, casesDom: 0, sourcesScrollMs: [], casesScrollMs: [], scrollMaxDom: 0 };
    const domSize = async () => Number(await page.evaluate('document.getElementsByTagName("*").length'));
    for (let i = 0; i < rounds; i++) {
      out.casesMs.push(await clickToPaint(page, CASES_SHOWN, () => nav.getByRole('button', { name: /^Cases/ }).click()));
      out.casesDom = await domSize();
      out.sourcesMs.push(await clickToPaint(page, SOURCES_SHOWN, () => nav.getByRole('button', { name: /^Sources/ }).click()));
      out.sourcesDom = await domSize();
    }
    const words = page.getByRole('table', { name: 'Sources' }).getByRole('columnheader', { name: /^Words/ }).getByRole('button');
    const name = page.getByRole('table', { name: 'Sources' }).getByRole('columnheader', { name: /^Name/ }).getByRole('button');
    for (let i = 0; i < rounds; i++) {
      out.sortMs.push(await clickToPaint(page, SORTED_BY_WORDS, () => words.click()));
      await name.click();
    }
    const sourcesScroll = await scrollNumbers(page, '.screen > .table-scroll');
    out.sourcesScrollMs = sourcesScroll.frameMs;
    await nav.getByRole('button', { name: /^Cases/ }).click();
    await page.getByRole('table', { name: 'Cases' }).locator('tbody input').first().waitFor();
    const casesScroll = await scrollNumbers(page, '.screen > .table-scroll');
    out.casesScrollMs = casesScroll.frameMs;
    out.scrollMaxDom = Math.max(sourcesScroll.maxDomNodes, casesScroll.maxDomNodes);
    return out;
  } finally {
    await browser.close();
    await web.close();
    await host.close();
  }
}
