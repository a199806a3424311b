// Contradictions as activity theory defines them, on the demo project through the real
// UI: a tertiary tension whose dialog asks for the culturally more advanced form of the
// object, followed into a diagram of a later phase as the same contradiction with a
// status in each phase, both listed by the Contradictions view, and the view's Word
// table read back with mammoth.
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { DiagramsScreen } from './pages/diagrams-screen.ts';

const ROUND_1 = "Round 1: the partnership's coaching activity";
const LATER = 'After two rounds: the collective activity system';
const LATER_TENSION = 'Coaching becomes the new grade three';
const LABEL = 'Improvement set by others, or development the tutor chooses';
const ADVANCED_FORM = 'Coaching as development the tutor chooses';
const CONTRADICTION = 'Whose improvement is coaching for?';

// Picks a diagram of the demo in the Diagrams screen's chooser by its title.
async function chooseDiagram(page: Page, diagrams: DiagramsScreen, title: string): Promise<void> {
  const option = diagrams.chooser.locator('option').filter({ hasText: title }).first();
  await diagrams.chooser.selectOption({ label: (await option.textContent()) ?? '' });
  await expect(diagrams.canvas(title)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Diagram: / })).toHaveCount(1);
}

test('a tertiary tension names its advanced form, is followed into a later phase, listed and exported', async ({ page, appUrl, homeDir }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  await page.goto(appUrl);
  await frame.goTo('Diagrams');
  const diagrams = new DiagramsScreen(page);
  await chooseDiagram(page, diagrams, ROUND_1);
  // a contradiction inside one component is drawn in it, not as a line between two
  const inside = diagrams.canvas(ROUND_1).locator('g.al-primary[data-tension-id]');
  await expect(inside).toHaveCount(0);
  await expect(diagrams.tensions(ROUND_1)).toHaveCount(2);

  // a tertiary contradiction inside the object: the dialog asks for the more advanced form
  await diagrams.selectComponent(ROUND_1, 'object');
  await diagrams.panel.getByRole('button', { name: 'Add tension from here…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add tension' });
  await dialog.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Tertiary (with a more advanced form of the activity)' });
  await expect(dialog.getByText('Between the object of the current activity and a culturally more advanced form of it: name that form.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: '— none: inside it' });
  const advanced = dialog.getByRole('textbox', { name: 'More advanced form of the object' });
  await expect(advanced).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill(LABEL);
  const add = dialog.getByRole('button', { name: 'Add tension' });
  await expect(add).toBeDisabled();
  await advanced.fill(ADVANCED_FORM);
  await expect(add).toBeEnabled();
  await add.click();
  await expect(dialog).toBeHidden();
  await expect(inside).toHaveCount(1);
  await expect(diagrams.tensions(ROUND_1)).toHaveCount(2);
  await expect(diagrams.panel.getByRole('heading', { name: 'Tertiary tension' })).toBeVisible();
  await expect(diagrams.panel.getByRole('textbox', { name: 'More advanced form of the object' })).toHaveValue(ADVANCED_FORM);
  const quotes = await diagrams.linkEvidence(/Change for practitioners \(/, 2);
  expect(quotes).toHaveLength(2);
  await expect(diagrams.evidenceQuotes()).toHaveCount(2);
  await diagrams.backToDiagram();
  await expect(diagrams.panel.getByRole('button', { name: `${LABEL} (inside Object)` })).toBeVisible();

  // the Contradictions view lists it under its level with its advanced form and evidence
  await frame.goTo('Contradictions');
  const main = frame.workArea;
  const tertiary = main.getByRole('region', { name: 'Tertiary (with a more advanced form of the activity)', exact: true });
  const entry = tertiary.getByRole('listitem', { name: LABEL, exact: true });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(`More advanced form: ${ADVANCED_FORM}`);
  await expect(entry).toContainText(`${ROUND_1} · Round 1 · inside Object`);
  await expect(entry.locator('.contradictions-total')).toHaveText('2 quotes');

  // followed into the diagram of the later phase, emerging there in round 1 and aggravated after round 2
  await entry.getByRole('button', { name: 'Follow in another phase…' }).click();
  const follow = page.getByRole('dialog', { name: 'Follow across phases' });
  const other = follow.getByRole('combobox', { name: 'The same contradiction in another phase' });
  const option = other.locator('option').filter({ hasText: LATER_TENSION }).first();
  await other.selectOption({ label: (await option.textContent()) ?? '' });
  await follow.getByRole('textbox', { name: 'Name of the contradiction' }).fill(CONTRADICTION);
  await follow.getByRole('combobox', { name: 'Status in Round 1' }).selectOption('emerging');
  await follow.getByRole('combobox', { name: 'Status in After round 2' }).selectOption('aggravated');
  await follow.getByRole('button', { name: 'Follow across phases' }).click();
  await expect(follow).toBeHidden();

  // both tensions show the link with their own status, and the side list has both phases in order
  await expect(entry).toContainText(`Followed as ${CONTRADICTION}`);
  await expect(entry.getByRole('combobox', { name: 'Status in Round 1' })).toHaveValue('emerging');
  const later = main.getByRole('listitem', { name: LATER_TENSION, exact: true });
  await expect(later).toContainText(`${LATER} · After round 2`);
  await expect(later).toContainText(`Followed as ${CONTRADICTION}`);
  await expect(later.getByRole('combobox', { name: 'Status in After round 2' })).toHaveValue('aggravated');
  const phases = main.getByRole('list', { name: `Phases of ${CONTRADICTION}` }).getByRole('listitem');
  await expect(phases).toHaveCount(2);
  await expect(phases.nth(0)).toContainText(`Emerging Round 1 · ${LABEL} · 2 quotes`);
  await expect(phases.nth(1)).toContainText(`Aggravated After round 2 · ${LATER_TENSION}`);
  // the demo's own contradiction is still there beside it
  await expect(main.getByRole('list', { name: 'Phases of Shared community, unequal release' }).getByRole('listitem')).toHaveCount(2);

  // the Word table of every tension and of the contradictions followed across phases
  await main.getByRole('button', { name: 'Export to Word…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the contradictions to Word' });
  const out = join(homeDir, 'contradictions.docx');
  await exportDialog.getByLabel('Save as (.docx)').fill(out);
  await exportDialog.getByRole('button', { name: 'Export to Word' }).click();
  await expect(exportDialog.getByRole('status')).toContainText(`Wrote ${out}`, { timeout: 30_000 });
  const text = (await mammoth.extractRawText({ path: out })).value;
  for (const expected of [LABEL, ADVANCED_FORM, LATER_TENSION, CONTRADICTION, 'Shared community, unequal release', 'Who is released to belong, and who decides', 'Emerging', 'Aggravated']) expect(text).toContain(expected);
  const html = (await mammoth.convertToHtml({ path: out })).value;
  expect(html).toContain('<table>');
});
