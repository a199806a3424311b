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
import type { Dispatch } from '../../../electron/app/dispatch.ts';
import type { CaseRecord, NodeRecord } from '../../../shared/model/entities.ts';
import { clickToPaint, scrollToBottomCall } from './page-scripts.ts';
import { measureQueryScreens } from './screens-queries-browser.ts';
import type { QueryScreenNumbers } from './screens-queries-browser.ts';

const SOURCES_SHOWN = `() => !!document.querySelector('table[aria-label="Sources"] tbody th')`;
const CASES_SHOWN = `() => !!document.querySelector('table[aria-label="Cases"] tbody input')`;
// How many times the page has read sources.list (resource timings; the buffer is enlarged at the start).
const SOURCES_READS = `performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/call/sources.list')).length`;
const SORTED_BY_WORDS = `() => document.querySelector('table[aria-label="Sources"] th[aria-sort]')?.textContent?.startsWith('Words') === true`;

export interface ScreenNumbers {
  sourcesMs: number[];
  // the first visit reads the cases; later ones show what was kept (nothing changed in between)
  casesMs: number[];
  // visits each right after a change to a case (the kept cases are read again)
  casesAfterChangeMs: number[];
  sortMs: number[];
  sourcesDom: number;
  casesDom: number;
  sourcesScrollMs: number[];
  casesScrollMs: number[];
  scrollMaxDom: number;
  queries: QueryScreenNumbers;
}

async function scrollNumbers(page: Page, selector: string): Promise<{ frameMs: number[]; maxDomNodes: number }> {
  return (await page.evaluate(scrollToBottomCall(selector, 300))) as { frameMs: number[]; maxDomNodes: number };
}

// Waits until the host has built what queries read (the app's warm-up does it after opening),
// so the query screens are measured as a researcher meets them a few seconds after opening.
async function readyForQueries(dispatch: Dispatch): Promise<void> {
  const nodes = await dispatch('nodes.list', {});
  if (!nodes.ok) throw new Error(nodes.error.message);
  const first = (nodes.result as NodeRecord[])[0];
  if (first) await dispatch('queries.nodeView', { nodeId: first.id, includeDescendants: true, scope: {}, limit: 1 });
  await dispatch('queries.search', { query: 'zzzz' });
}

// The id of a case to change.
async function firstCase(dispatch: Dispatch): Promise<number> {
  const cases = await dispatch('cases.list', {});
  if (!cases.ok) throw new Error(cases.error.message);
  const first = (cases.result as CaseRecord[])[0];
  if (!first) throw new Error('the corpus has no cases');
  return first.id;
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
    await page.evaluate('performance.setResourceTimingBufferSize(100000)');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader').first().waitFor();
    await readyForQueries(host.dispatch);
    const out: ScreenNumbers = { sourcesMs: [], casesMs: [], casesAfterChangeMs: [], sortMs: [], sourcesDom: 0, casesDom: 0, sourcesScrollMs: [], casesScrollMs: [], scrollMaxDom: 0, queries: await measureQueryScreens(page, rounds) };
    await nav.getByRole('button', { name: /^Sources/ }).click();
    await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader').first().waitFor();
    const domSize = async () => Number(await page.evaluate('document.getElementsByTagName("*").length'));
    for (let i = 0; i < rounds; i++) {
      out.casesMs.push(await clickToPaint(page, CASES_SHOWN, () => nav.getByRole('button', { name: /^Cases/ }).click()));
      out.casesDom = await domSize();
      out.sourcesMs.push(await clickToPaint(page, SOURCES_SHOWN, () => nav.getByRole('button', { name: /^Sources/ }).click()));
      out.sourcesDom = await domSize();
    }
    const someCase = await firstCase(host.dispatch);
    for (let i = 0; i < rounds; i++) {
      // a change made elsewhere (as by another window) while the Sources screen is shown; the
      // Sources screen reading its list again says the page has heard of the change
      const before = Number(await page.evaluate(SOURCES_READS));
      const changed = await host.dispatch('cases.update', { id: someCase, jobTitle: `Tutor ${i + 1}` });
      if (!changed.ok) throw new Error(`cases.update failed: ${changed.error.message}`);
      await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/call/sources.list')).length > n, before);
      out.casesAfterChangeMs.push(await clickToPaint(page, CASES_SHOWN, () => nav.getByRole('button', { name: /^Cases/ }).click()));
      await page.getByRole('textbox', { name: /^Job title of / }).first().waitFor();
      await nav.getByRole('button', { name: /^Sources/ }).click();
      await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader').first().waitFor();
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
