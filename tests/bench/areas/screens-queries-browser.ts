// Measures the screens beyond the two lists in Chromium, each from the input (a click) to
// the first painted frame showing its result: the Codebook (navigator click to the tree
// with its counts), the node view of a question with every node under it (many thousand
// references; the first page of them), a text search, the matrix of the six questions by
// role, word frequency over every source, and the preview of a question's coded extracts.
import type { Page } from '@playwright/test';
import { clickToPaint, clickToResult } from './page-scripts.ts';

// The question whose references, matrix row and extracts are measured (every node under it counts).
const QUESTION = 'Q4 Division of labour';
// One search per round, each a different query (so every round is a query's first run).
const SEARCHES = ['"network meetings"', 'remission', '"peer visits" OR timetable', 'inspection NOT fortnight', 'mentor*', 'co-operation', 'learner confidence'];

const TAB_PANEL = `document.querySelector('[role="tabpanel"]')`;
const CODEBOOK_SHOWN = `() => !!document.querySelector('[role="tree"][aria-label="Codebook"] .codebook-row .codebook-count')`;
const NODE_VIEW_BUSY = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Working…'`;
const NODE_VIEW_SHOWN = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Show references' && !!${TAB_PANEL}?.querySelector('.queries-reference blockquote')`;
const SEARCH_BUSY = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Searching…'`;
const SEARCH_SHOWN = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Search' && !!${TAB_PANEL}?.querySelector('ol[aria-label="Search results"] li, .queries-summary')`;
const MATRIX_BUSY = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Working…'`;
const MATRIX_SHOWN = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Run matrix' && !!document.querySelector('table[aria-label="Matrix"] tbody td')`;
const WORDS_BUSY = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Counting…'`;
const WORDS_SHOWN = `() => ${TAB_PANEL}?.querySelector('button[type="submit"]')?.textContent === 'Count words' && !!${TAB_PANEL}?.querySelector('.queries-words table tbody tr')`;
// while the preview runs the export buttons are aria-disabled
const PREVIEW_BUSY = `() => document.querySelector('main button[aria-disabled="true"]') !== null`;
const PREVIEW_SHOWN = `() => document.querySelector('main button[aria-disabled="true"]') === null && !!document.querySelector('main .exports-preview blockquote')`;

export interface QueryScreenNumbers {
  codebookMs: number[];
  nodeViewMs: number[];
  nodeViewReferences: number;
  searchMs: number[];
  matrixMs: number[];
  wordsMs: number[];
  previewMs: number[];
  previewQuotes: number;
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Queries' }).getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
}

// Codebook: navigator click to the painted tree, `rounds` visits (from the Sources screen each time).
async function measureCodebook(page: Page, rounds: number): Promise<number[]> {
  const nav = page.getByRole('navigation', { name: 'Screens' });
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    out.push(await clickToPaint(page, CODEBOOK_SHOWN, () => nav.getByRole('button', { name: /^Codebook/ }).click()));
    await nav.getByRole('button', { name: /^Sources/ }).click();
    await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader').first().waitFor();
  }
  return out;
}

// The Queries tabs: node view, search, matrix and word frequency, `rounds` runs each.
async function measureQueryTabs(page: Page, rounds: number, out: QueryScreenNumbers): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Queries/ }).click();
  const panel = page.getByRole('tabpanel');
  await openTab(page, 'Node view');
  await panel.getByLabel('Node', { exact: true }).selectOption({ label: QUESTION });
  await panel.getByLabel('Include the nodes under it').setChecked(true);
  for (let i = 0; i < rounds; i++) out.nodeViewMs.push(await clickToResult(page, NODE_VIEW_BUSY, NODE_VIEW_SHOWN, () => panel.getByRole('button', { name: 'Show references' }).click()));
  out.nodeViewReferences = await page.locator('.queries-reference').count();

  await openTab(page, 'Text search');
  for (let i = 0; i < rounds; i++) {
    await panel.getByLabel('Search for').fill(SEARCHES[i % SEARCHES.length] ?? 'remission');
    out.searchMs.push(await clickToResult(page, SEARCH_BUSY, SEARCH_SHOWN, () => panel.getByRole('button', { name: 'Search', exact: true }).click()));
  }

  await openTab(page, 'Matrix');
  await panel.getByLabel('The six questions').check();
  await panel.getByLabel('Columns').selectOption({ label: 'Role' });
  for (let i = 0; i < rounds; i++) out.matrixMs.push(await clickToResult(page, MATRIX_BUSY, MATRIX_SHOWN, () => panel.getByRole('button', { name: 'Run matrix' }).click()));

  await openTab(page, 'Word use');
  for (let i = 0; i < rounds; i++) out.wordsMs.push(await clickToResult(page, WORDS_BUSY, WORDS_SHOWN, () => panel.getByRole('button', { name: 'Count words' }).click()));
}

// Exports: the preview of one question's coded extracts, `rounds` times.
async function measurePreview(page: Page, rounds: number, out: QueryScreenNumbers): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Exports/ }).click();
  await page.getByRole('tab', { name: 'Coded extracts' }).click();
  const main = page.getByRole('main');
  await main.getByRole('checkbox', { name: QUESTION, exact: true }).check();
  // three runs: the preview anonymises and checks every extract of the question, seconds at 5,000
  for (let i = 0; i < Math.min(rounds, 3); i++) out.previewMs.push(await clickToResult(page, PREVIEW_BUSY, PREVIEW_SHOWN, () => main.getByRole('button', { name: 'Preview', exact: true }).click({ timeout: 300_000 })));
  out.previewQuotes = await main.locator('.exports-preview blockquote').count();
}

// Measures every screen above on a page that shows the Sources screen of the open project.
export async function measureQueryScreens(page: Page, rounds = 5): Promise<QueryScreenNumbers> {
  const out: QueryScreenNumbers = { codebookMs: [], nodeViewMs: [], nodeViewReferences: 0, searchMs: [], matrixMs: [], wordsMs: [], previewMs: [], previewQuotes: 0 };
  out.codebookMs = await measureCodebook(page, rounds);
  await measureQueryTabs(page, rounds, out);
  // a preview that fails (or takes minutes) leaves the other screens' numbers standing
  await measurePreview(page, rounds, out).catch((error: unknown) => console.error('The extracts preview could not be measured:', error));
  return out;
}
