// The Diagrams screen against the real web host and the demo project: three
// first-generation triangles, a second-generation system with a tension between
// community and division of labour backed by two codings (click it, see both quotes),
// PNG export at 300 dpi checked pixel by pixel along the tension, the CLI export, a
// third-generation diagram by keyboard, and a screenshot of each generation.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { decodePng } from '../helpers/decode-png.ts';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { DiagramsScreen } from './pages/diagrams-screen.ts';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const TENSION_RED: [number, number, number] = [0xc6, 0x28, 0x28];

// Saves a screenshot with the test's output; with ALENS_DOCS_SCREENSHOTS=1 also into docs/ for the README.
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(name);
  await page.screenshot({ path: file });
  if (process.env.ALENS_DOCS_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, join(DOCS, name));
  }
}

async function openDiagrams(page: Page, appUrl: string): Promise<DiagramsScreen> {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const frame = new AppFrame(page);
  await page.goto(appUrl);
  await frame.goTo('Diagrams');
  // the Details panel belongs to the Sources screen: the drawing gets its width
  await expect(frame.inspector).toHaveCount(0);
  const diagrams = new DiagramsScreen(page);
  // the demo ships its own diagrams; each test draws new ones beside them
  await expect(diagrams.chooser).toBeVisible();
  await expect(diagrams.emptyState).toHaveCount(0);
  return diagrams;
}

function near(colour: [number, number, number], target: [number, number, number], tolerance: number): boolean {
  return colour.every((c, i) => Math.abs(c - (target[i] ?? 0)) <= tolerance);
}

test('three first-generation triangles, one per subject, side by side', async ({ page, appUrl }, testInfo) => {
  const diagrams = await openDiagrams(page, appUrl);
  const title = 'Before the intervention';
  await diagrams.create({
    generation: 'First generation (triangles)',
    title,
    perspective: 'Each subject',
    phase: 'Before',
    subjects: ['Vice principal', 'Middle leader', 'Practitioner'],
    caption: 'Figure 1. Three subjects, three objects, before the peer coaching began.',
  });
  for (const system of [0, 1, 2]) {
    for (const kind of ['tools', 'subject', 'object', 'outcome']) await expect(diagrams.component(title, kind, system)).toHaveCount(1);
  }
  await expect(diagrams.canvas(title).locator('text').filter({ hasText: 'Middle leader' })).toBeVisible();

  const texts: [number, string, string][] = [
    [0, 'tools', 'Graded observation\nQuality reports'],
    [0, 'object', 'Inspection grades'],
    [0, 'outcome', 'A better grade profile'],
    [1, 'tools', 'Team meetings\nAppraisal targets'],
    [1, 'object', 'Staff doing what is asked'],
    [1, 'outcome', 'Reports in on time'],
    [2, 'tools', 'Lesson plans\nSchemes of work'],
    [2, 'object', 'Learners passing'],
    [2, 'outcome', 'Achievement rates'],
  ];
  for (const [system, kind, text] of texts) {
    await diagrams.selectComponent(title, kind, system);
    await diagrams.setText(text);
    for (const line of text.split('\n')) await expect(diagrams.component(title, kind, system)).toContainText(line);
  }
  await diagrams.backToDiagram();
  await screenshot(page, testInfo, 'diagrams-first-generation.png');
});

test('a second-generation system with a tension backed by two codings, its quotes, and a 300 dpi PNG', async ({ page, appUrl, cli, projectPath }, testInfo) => {
  test.setTimeout(180_000);
  const diagrams = await openDiagrams(page, appUrl);
  const title = 'After round 2';
  await diagrams.create({ generation: 'Second generation (activity system)', title, perspective: 'Brokers and mentors', phase: 'After round 2', caption: 'Figure 2. The peer coaching system after two rounds.' });
  for (const kind of ['tools', 'subject', 'object', 'outcome', 'rules', 'community', 'division-of-labour']) await expect(diagrams.component(title, kind)).toHaveCount(1);
  await expect(diagrams.canvas(title).locator('ellipse')).toHaveCount(1);

  const texts: [string, string][] = [
    ['tools', 'Coaching conversations\nSeating-plan tallies\nShared planning log'],
    ['subject', 'Brokers and mentors'],
    ['object', 'Teaching practice that\nlearners notice'],
    ['outcome', 'Mentees choose their own focus'],
    ['rules', 'Observation policy\nFunding conditions'],
    ['community', 'Mentors, mentees,\nsenior leaders, evaluator'],
    ['division-of-labour', 'Brokers: match, chase, report\nMentors: observe, question\nMentees: choose, try, reflect'],
  ];
  for (const [kind, text] of texts) {
    await diagrams.selectComponent(title, kind);
    await diagrams.setText(text);
  }

  // a tension between community and division of labour, backed by two codings
  await diagrams.selectComponent(title, 'community');
  await diagrams.addTensionFromSelected('Division of labour', 'Who owns the coaching time?');
  await expect(diagrams.tensions(title)).toHaveCount(1);
  await expect(diagrams.panel.getByRole('heading', { name: 'Secondary tension' })).toBeVisible();
  const quotes = await diagrams.linkEvidence(/^Q4 Division of labour \(/, 2);
  expect(quotes).toHaveLength(2);
  await expect(diagrams.evidenceQuotes()).toHaveCount(2);

  // leave the tension, then click its jagged line: both quotes with their attributions
  await diagrams.backToDiagram();
  await expect(diagrams.evidenceQuotes()).toHaveCount(0);
  await diagrams.clickTension(title);
  await expect(diagrams.panel.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Who owns the coaching time?');
  await expect(diagrams.evidenceQuotes()).toHaveCount(2);
  const shown = await diagrams.evidenceQuotes().allInnerTexts();
  for (const quote of quotes) expect(shown.some((s) => s.startsWith(quote.slice(0, 120)))).toBe(true);
  for (const attribution of await diagrams.evidenceAttributions().allInnerTexts()) expect(attribution).toMatch(/^\((Strategic enabler|Broker|Mentor|Mentee|Evaluator|Researcher)[^)]*\)$|^\((Transcript|Evaluator report)\)$/);
  await screenshot(page, testInfo, 'diagrams-second-generation.png');

  // export PNG at 12 cm: 300 dpi means 1417 pixels across; the tension's line is drawn in its red
  const widthCm = 12;
  const download = await diagrams.exportPng(widthCm);
  expect(download.suggestedFilename()).toBe('after-round-2.png');
  const png = decodePng(readFileSync((await download.path()) ?? ''));
  expect(png.width).toBe(Math.round((widthCm / 2.54) * 300));
  const inner = diagrams.canvas(title).locator('svg[viewBox]');
  const svgWidth = Number(await inner.getAttribute('width'));
  const svgHeight = Number(await inner.getAttribute('height'));
  expect(png.height).toBe(Math.round((svgHeight / svgWidth) * png.width));
  const scale = png.width / svgWidth;
  const points = ((await diagrams.tensions(title).first().locator('polyline.al-bolt').getAttribute('points')) ?? '')
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number) as [number, number]);
  expect(points.length).toBeGreaterThanOrEqual(5);
  // every corner and every midpoint of the jagged line has the tension's colour within two pixels
  const samples: [number, number][] = [];
  points.forEach(([x, y], i) => {
    samples.push([x, y]);
    const next = points[i + 1];
    if (next) samples.push([(x + next[0]) / 2, (y + next[1]) / 2]);
  });
  const hits = samples.filter(([x, y]) => {
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        if (near(png.pixel(Math.round(x * scale) + dx, Math.round(y * scale) + dy), TENSION_RED, 60)) return true;
      }
    }
    return false;
  });
  expect(hits.length).toBe(samples.length);
  // and the picture is not blank: plenty of dark line and text pixels
  let dark = 0;
  for (let y = 0; y < png.height; y += 3) for (let x = 0; x < png.width; x += 3) if (png.pixel(x, y).every((c) => c < 120)) dark++;
  expect(dark).toBeGreaterThan(500);

  // Show in source opens the quoted passage in its source
  const frame = new AppFrame(page);
  await diagrams.clickTension(title);
  const sourceName = ((await diagrams.panel.locator('.diagrams-attribution .muted').first().innerText()).split(' · ')[1] ?? '').trim();
  expect(sourceName).not.toBe('');
  await diagrams.panel.getByRole('button', { name: 'Show in source' }).first().click();
  await expect(frame.navButton('Sources')).toHaveAttribute('aria-current', 'page');
  // the coding view asks who is coding the first time it opens in this browser
  const coder = page.getByRole('dialog', { name: 'Who is coding?' });
  await coder.getByRole('button', { name: 'Later' }).click();
  await expect(coder).toBeHidden();
  await expect(frame.workArea.getByRole('heading', { level: 1, name: sourceName })).toBeVisible();
  await frame.goTo('Diagrams');
  await expect(diagrams.canvas(title)).toBeVisible();

  // the command line draws the same diagram at the same size
  await frame.closeProject();
  const out = testInfo.outputPath('cli.png');
  const result = await cli(['export-diagram', projectPath, title, out, '--width-cm', String(widthCm)]);
  expect(result.code, result.stderr).toBe(0);
  const fromCli = decodePng(readFileSync(out));
  expect([fromCli.width, fromCli.height]).toEqual([png.width, png.height]);
});

test('a third-generation diagram built and read by keyboard', async ({ page, appUrl }, testInfo) => {
  test.setTimeout(120_000);
  const diagrams = await openDiagrams(page, appUrl);
  const title = 'Lead and partner, round 2';
  await diagrams.create({ generation: 'Third generation (interacting systems)', title, phase: 'Round 2', systems: ['Lead organisation', 'Partner organisation'] });
  await expect(diagrams.component(title, 'shared-object')).toHaveCount(1);
  const texts: [string, number, string][] = [
    ['object', 0, 'Confident tutors'],
    ['object', 1, 'Learners who speak up'],
    ['shared-object', 0, 'Peer coaching that crosses\nboth organisations'],
    ['division-of-labour', 0, 'Broker matches\nMentor observes'],
    ['division-of-labour', 1, 'Manager releases time\nTutors pair up'],
    ['tools', 0, 'Coaching log'],
    ['tools', 1, 'Shared planning days'],
  ];
  for (const [kind, system, text] of texts) {
    await diagrams.selectComponent(title, kind, system);
    await diagrams.setText(text);
  }
  await diagrams.backToDiagram();

  // keyboard: focus a component in the drawing, Enter selects it, Alt+arrow moves its label
  const subject = diagrams.component(title, 'subject', 1);
  await expect(subject).toHaveAttribute('role', 'button');
  await expect(subject).toHaveAttribute('aria-label', /^Subject \(Partner organisation\): no text yet/);
  await subject.focus();
  await page.keyboard.press('Enter');
  await expect(diagrams.panel.getByRole('heading', { name: 'Subject (Partner organisation)' })).toBeVisible();
  const before = await subject.locator('text').first().getAttribute('x');
  await page.keyboard.press('Alt+ArrowRight');
  const moved = async () => Number(await diagrams.component(title, 'subject', 1).locator('text').first().getAttribute('x')) - Number(before);
  await expect.poll(moved).toBeGreaterThan(2.5);
  expect(await moved()).toBeLessThan(5.5);
  await expect(diagrams.component(title, 'subject', 1)).toBeFocused();
  // the drawing's accessible description lists the components
  await expect(diagrams.canvas(title).locator('desc')).toContainText('Shared object: Peer coaching that crosses, both organisations.');
  await diagrams.backToDiagram();
  await screenshot(page, testInfo, 'diagrams-third-generation.png');
});
