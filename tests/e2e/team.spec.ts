// Team coding against the real web host and the demo project: coder A (Alex Morgan) codes a
// transcript in the coding view, prepares a blind package on the Team screen, coder B codes
// the package differently (in the package file itself, as B's own copy of Activity Lens
// would: the browser-mode host opens one project at a time), A merges it (preview, then
// merge), the agreement table shows the figures worked out by hand below from the ranges,
// A adjudicates the two disagreements and the agreement goes up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openProject } from '../../electron/db/open-project.ts';
import { agreementQueries } from '../../electron/team/agreement-queries.ts';
import { codeQuote, coder } from '../../electron/team/testing/team-projects.ts';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - David Pryce (round 1)';
const NODE = 'Q3 Community';
// coded by both coders
const BOTH = 'we were added on, rather than designing it together';
// coded only by A
const ONLY_A = "Since then it's been patchier.";
// coded only by B
const ONLY_B = "there's a fortnightly meeting at the college";

// The transcript as the demo imports it (its text is the fixture file's, character for character).
const TRANSCRIPT_FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'demo', 'sources', '02-pryce-round1.txt');

const length = (text: string) => Array.from(text).length;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const coefficient = (x: number) => x.toFixed(3);

// Cohen's kappa of two coders' yes/no per character (Cohen 1960): (po - pe) / (1 - pe).
function kappa(both: number, onlyA: number, onlyB: number, neither: number): number {
  const n = both + onlyA + onlyB + neither;
  const pa = (both + onlyA) / n;
  const pb = (both + onlyB) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return ((both + neither) / n - pe) / (1 - pe);
}

// The overall row of the character-level table, worked out by hand for a source of `total` characters.
function expectedRow(total: number): string[] {
  const both = length(BOTH);
  const onlyA = length(ONLY_A);
  const onlyB = length(ONLY_B);
  const neither = total - both - onlyA - onlyB;
  const k = coefficient(kappa(both, onlyA, onlyB, neither));
  return [percent((both + neither) / total), k, k, percent(both / (both + onlyA + onlyB)), coefficient(kappa(both, onlyA, onlyB, 0)), ...[both, onlyA, onlyB, neither].map((n) => n.toLocaleString('en-GB'))];
}

// Codes the package as coder B: B's agreed passage and B's own passage, nothing of A's second.
function codeAsCoderB(packagePath: string): void {
  const store = openProject(packagePath);
  try {
    const queries = agreementQueries(store);
    const source = queries.sourceLengths.all().find((s) => (queries.sourceText.get(s.id) ?? '').includes(BOTH));
    if (!source) throw new Error('the package lacks the transcript');
    const sam = coder(store, 'Sam Blake', 'SB');
    codeQuote(store, sam, source.id, NODE, BOTH);
    codeQuote(store, sam, source.id, NODE, ONLY_B);
  } finally {
    store.close();
  }
}

// Computes character-level agreement of A and B over the transcript and the node; returns the overall row's cells.
async function computeAgreement(page: Page): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Agreement' });
  const coders = form.getByRole('group', { name: 'Coders to compare' }).getByRole('checkbox');
  // the list is read again once a merge brings a coder in: wait for B before choosing
  await expect(form.getByRole('checkbox', { name: 'Sam Blake (SB)', exact: true })).toHaveCount(1);
  for (const box of await coders.all()) {
    const name = (await box.evaluate((input) => input.parentElement?.textContent ?? '')).trim();
    await box.setChecked(name === 'Alex Morgan (AM)' || name === 'Sam Blake (SB)');
  }
  await expect(coders.and(page.locator(':checked'))).toHaveCount(2);
  await form.getByLabel('Sources (none chosen: those every coder coded)').selectOption({ label: SOURCE });
  await form.getByLabel('Nodes (none chosen: every node they used)').selectOption({ label: NODE });
  await form.getByRole('button', { name: /Compute/ }).click();
  const table = page.getByRole('figure').filter({ hasText: 'Character level:' }).first();
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'All nodes and sources' }) }).getByRole('cell');
}

test('a blind package coded by a second coder, merged, compared and adjudicated', async ({ page, appUrl, homeDir }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);

  // coder A codes two passages of the transcript at the node
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  for (const phrase of [BOTH, ONLY_A]) {
    await coding.selectWithMouse(phrase);
    await coding.codeWithPicker(NODE.toLowerCase());
    await expect(coding.stripes(phrase, NODE)).toHaveCount(1);
  }

  // a blind, anonymised package for coder B
  const packagePath = join(homeDir, 'package for B.alens');
  await frame.goTo('Team');
  await page.getByRole('button', { name: 'Prepare a coding package…' }).click();
  const packageForm = page.getByRole('form', { name: 'Prepare a coding package' });
  await packageForm.getByLabel('Save to (a path on this computer)').fill(packagePath);
  await packageForm.getByRole('button', { name: 'Prepare the package' }).click();
  await expect(frame.notice).toContainText(`Wrote ${packagePath}`);
  await expect(frame.notice).toContainText('no codings (blind)');
  codeAsCoderB(packagePath);

  // A merges it: what comes in first, then the merge
  await page.getByRole('button', { name: 'Merge a coder’s file…' }).click();
  const mergeDialog = page.getByRole('dialog', { name: 'Merge a coder’s file' });
  await mergeDialog.locator('input[type="file"]').setInputFiles(packagePath);
  await mergeDialog.getByRole('button', { name: 'Show what comes in' }).click();
  const preview = mergeDialog.getByLabel('What comes in');
  await expect(preview).toContainText('brings in 2 codings');
  await expect(preview).toContainText('Sam Blake');
  await mergeDialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(frame.notice).toContainText('2 codings came in');

  // the counts of characters both coded, only A and only B are the passages' lengths: B's
  // codings came onto the lead's (not anonymised) text exactly where B put them
  const total = length(readFileSync(TRANSCRIPT_FILE, 'utf8'));

  // the agreement table shows the figures worked out by hand
  const overall = await computeAgreement(page);
  await expect(overall).toHaveText(expectedRow(total));

  // A adjudicates both disagreements at the node: keep A's passage, keep neither of B's
  await page.getByRole('tab', { name: 'Review of disagreements' }).click();
  await page.getByLabel('Coder B').selectOption({ label: 'Sam Blake (SB)' });
  const items = page.getByRole('listitem', { name: `${NODE} in ${SOURCE}` });
  await expect(items).toHaveCount(2);
  const reviewAgreement = page.getByTestId('review-agreement');
  await expect(reviewAgreement).toContainText('as coded');
  const figures = async () => (/: ([\d.]+)% as coded, ([\d.]+)% after/.exec((await reviewAgreement.textContent()) ?? '') ?? []).slice(1).map(Number);
  await expect.poll(figures).toHaveLength(2);
  const [before] = await figures();
  await items.nth(0).getByRole('button', { name: 'Keep AM' }).click();
  await expect(items.nth(0)).toContainText('Kept AM');
  await items.nth(1).getByRole('button', { name: 'Keep neither' }).click();
  await expect(items.nth(1)).toContainText('Kept neither');
  await expect(page.getByRole('progressbar', { name: 'Disagreements decided' })).toHaveAttribute('value', '2');
  await expect.poll(async () => (await figures())[1] ?? 0).toBeGreaterThan(before ?? 100);

  // counted with the review's decisions, the two coders now agree on the node everywhere
  await page.getByRole('tab', { name: 'Agreement', exact: true }).click();
  const after = await computeAgreement(page);
  await expect(after.nth(0)).toHaveText('100.0%');
  await expect(after.nth(3)).toHaveText('100.0%');
});
