// The coding workspace against the real web host and the demo project: code a passage
// with the mouse (drag onto a node) and with the keyboard picker, see the stripes, add a
// memo and undo it; then correct turns: an emoji before one coding, a word inside
// another, and the whole text of a third deleted - reported first, gone only after
// confirming - and check the result with `codings --json` after a reload.
import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodebookScreen } from './pages/codebook-screen.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';
// uncoded in the demo: coded here with the mouse, then an emoji is typed before it
const BY_MOUSE = 'Peer coaching. Teachers working with teachers.';
// uncoded in the demo: coded here with the picker, then a word inside it is corrected
const BY_KEYS = 'the learners are different, the tutors are very experienced in their own way';
const BY_KEYS_AFTER = 'the learners are different, the tutors are highly experienced in their own way';
// coded at Q5/Who set the agenda in the demo; its whole text is deleted
const DOOMED = "I'll be honest, it was fairly late in the day, the bid was mostly written by then.";
const MEMO = 'Margaret frames the partnership as a condition of the fund.';

interface CliCoding {
  nodePath: string;
  sourceName: string;
  start: number;
  end: number;
  text: string;
  coder: string | null;
}

test('code with the mouse and the picker, memo and undo; corrections keep codings on their words', async ({ page, appUrl, cli, projectPath }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  await expect(frame.inspectorTitle()).toHaveText(SOURCE);
  await expect(frame.inspectorValue('Codings')).toHaveText(/^\d+$/);
  const codingsBefore = Number(await frame.inspectorValue('Codings').innerText());
  await expect(frame.statusCounts).toContainText('codings');
  const projectCodingsBefore = Number(/([\d,]+) codings/.exec(await frame.statusCounts.innerText())?.[1]?.replace(/,/g, ''));

  // with the mouse: select, then drag the selection onto a question node
  const box = await coding.selectWithMouse(BY_MOUSE);
  await coding.dragSelectionOnto(box, 'Q3 Community');
  await expect(frame.notice).toContainText('Coded at Q3 Community');
  await expect(coding.stripes(BY_MOUSE, 'Q3 Community')).toHaveCount(1);
  // the Details panel counts the new coding
  await expect(frame.inspectorValue('Codings')).toHaveText(String(codingsBefore + 1));
  // and the status bar (read again after the stripe is painted) its count and undo step
  await expect(frame.statusBar).toContainText('Undo: Code at Q3 Community');
  await expect(frame.statusCounts).toContainText(`${(projectCodingsBefore + 1).toLocaleString('en-GB')} codings`);

  // with the keyboard: select, C, type part of the name, Enter
  await coding.selectWithMouse(BY_KEYS);
  await coding.codeWithPicker('q2 subject');
  await expect(frame.notice).toContainText('Coded at Q2 Subject and object');
  await expect(coding.stripes(BY_KEYS, 'Q2 Subject and object')).toHaveCount(1);
  await expect(coding.stripes(BY_KEYS, 'Q5 Rules and agenda/Who set the agenda')).toHaveCount(1);

  // a memo, undone with Ctrl+Z
  await coding.addSourceMemo(MEMO);
  await expect(coding.sourceMemos()).toContainText(MEMO);
  await coding.heading.click();
  await frame.undo();
  await expect(frame.notice).toContainText('Undone: New memo');
  await expect(coding.sourceMemos()).toContainText('No memos');
  await expect(coding.sourceMemos()).not.toContainText(MEMO);

  // an emoji typed before the first coding
  await coding.correctTurn(BY_MOUSE, (text) => text.replace(BY_MOUSE, `🙂 ${BY_MOUSE}`));
  await expect(frame.notice).toContainText('Correction saved');
  await expect(coding.turn(`🙂 ${BY_MOUSE}`)).toHaveCount(1);

  // a word inside the second coding, and the third coding's whole text, in one correction:
  // the app names the codings that would lose their text (the demo's second coder coded the
  // same sentence at another node), and saves nothing until confirmed
  await coding.correctTurn(BY_KEYS, (text) => text.replace('very experienced', 'highly experienced').replace(` ${DOOMED}`, ''));
  await expect(coding.emptiedDialog).toContainText('Q5 Rules and agenda/Who set the agenda');
  await expect(coding.emptiedDialog).toContainText('Q5 Rules and agenda/Internal and external rules');
  await expect(coding.emptiedDialog).toContainText(DOOMED);
  await coding.emptiedDialog.getByRole('button', { name: 'Go back' }).click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(coding.turn(DOOMED)).toHaveCount(1);
  await expect(coding.stripes(DOOMED, 'Q5 Rules and agenda/Who set the agenda')).toHaveCount(1);
  await expect(coding.turn(BY_KEYS)).toHaveCount(1);

  await coding.correctTurn(BY_KEYS, (text) => text.replace('very experienced', 'highly experienced').replace(` ${DOOMED}`, ''));
  await coding.emptiedDialog.getByRole('button', { name: 'Save and remove 2 codings' }).click();
  await expect(frame.notice).toContainText('removed 2 emptied codings');
  await expect(coding.turn(DOOMED)).toHaveCount(0);
  await expect(coding.stripes(BY_KEYS_AFTER, 'Q2 Subject and object')).toHaveCount(1);
  await expect(coding.stripes(BY_KEYS_AFTER, 'Q5 Rules and agenda/Who set the agenda')).toHaveCount(0);

  // after a reload the view shows the same, and the CLI agrees
  await page.reload();
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE, { askedForCoder: false });
  await expect(coding.stripes(BY_MOUSE, 'Q3 Community')).toHaveCount(1);
  await expect(coding.stripes(BY_KEYS_AFTER, 'Q2 Subject and object')).toHaveCount(1);
  await frame.closeProject();

  const result = await cli(['codings', projectPath, '--json']);
  expect(result.code, result.stderr).toBe(0);
  const codings = (JSON.parse(result.stdout) as CliCoding[]).filter((c) => c.sourceName === SOURCE);
  const mouse = codings.filter((c) => c.nodePath === 'Q3 Community');
  expect(mouse.map((c) => c.text)).toEqual([BY_MOUSE]);
  expect(mouse[0]?.coder).toBe('AM');
  const keys = codings.filter((c) => c.nodePath === 'Q2 Subject and object' && c.text.includes('tutors'));
  expect(keys.map((c) => c.text)).toEqual([BY_KEYS_AFTER]);
  expect(keys[0]?.coder).toBe('AM');
  expect(codings.some((c) => c.text.includes('fairly late in the day'))).toBe(false);
  expect(codings.every((c) => c.end > c.start)).toBe(true);
});

test('the codebook: create, rename and re-colour, move by dragging, merge, delete with its count, undo', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const codebook = new CodebookScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Codebook');

  await codebook.createNode('Paperwork');
  await codebook.select('Paperwork');
  await codebook.editSelected({ name: 'Forms and logs', color: '#aa3377', components: ['Rules'] });
  await expect(codebook.row('Forms and logs')).toContainText('Rules');

  // drag it into Q6 Outcome
  await codebook.dragInto('Forms and logs', 'Q6 Outcome');
  await expect(frame.notice).toContainText('Moved to Q6 Outcome/Forms and logs');
  await expect(codebook.childrenOf('Q6 Outcome').getByText('Forms and logs', { exact: true })).toBeVisible();

  // merge a coded sub-question into another; the references move
  const before = await codebook.referenceCount('Process of the activity');
  const added = await codebook.referenceCount('Structures, systems and procedures');
  await codebook.select('Structures, systems and procedures');
  await codebook.mergeSelectedInto('Q1 Tools and artefacts/Process of the activity');
  await expect(frame.notice).toContainText('Merged into Q1 Tools and artefacts/Process of the activity');
  await expect(codebook.row('Structures, systems and procedures')).toHaveCount(0);
  expect(await codebook.referenceCount('Process of the activity')).toBe(before + added);

  // delete says how many codings go; undo brings them back
  await codebook.select('Q6 Outcome');
  const removed = (await codebook.referenceCount('Q6 Outcome')) + (await codebook.referenceCount('Change for practitioners')) + (await codebook.referenceCount('Change for learners')) + (await codebook.referenceCount('Change for the organisation'));
  const dialog = await codebook.askToDeleteSelected();
  await expect(dialog).toContainText(`removes ${removed} codings`);
  await dialog.getByRole('button', { name: /^Delete and remove/ }).click();
  await expect(frame.notice).toContainText(`${removed} codings removed`);
  await expect(codebook.row('Q6 Outcome')).toHaveCount(0);
  await expect(codebook.row('Forms and logs')).toHaveCount(0);
  await page.getByRole('heading', { level: 1, name: 'Codebook' }).click();
  await frame.undo();
  await expect(frame.notice).toContainText('Undone: Delete node Q6 Outcome');
  await expect(codebook.row('Q6 Outcome')).toHaveCount(1);
  await expect(codebook.row('Change for learners')).toHaveCount(1);
  expect((await codebook.referenceCount('Q6 Outcome')) + (await codebook.referenceCount('Change for practitioners')) + (await codebook.referenceCount('Change for learners')) + (await codebook.referenceCount('Change for the organisation'))).toBe(removed);

  // the alignment matrix keeps objectives x questions
  await codebook.openMatrix();
  await codebook.addObjective('Explain how the partnership shaped the coaching');
  await codebook.matrixCell('Explain how the partnership shaped the coaching', 'Q3 Community').fill('Network meetings; who attends');
  await codebook.matrixCell('Explain how the partnership shaped the coaching', 'Q4 Division of labour').click();
  await page.reload();
  await frame.goTo('Codebook');
  await codebook.openMatrix();
  await expect(codebook.matrixCell('Explain how the partnership shaped the coaching', 'Q3 Community')).toHaveValue('Network meetings; who attends');
});

// A valid WAVE file of `seconds` of silence (8 kHz, mono, 16-bit).
function silentWave(seconds: number): Buffer {
  const rate = 8000;
  const data = rate * 2 * seconds;
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVE', 8, 'ascii');
  b.write('fmt ', 12, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(data, 40);
  return b;
}

test('a linked recording plays from a turn, with the transcription keys, and the playing turn is marked', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  const transcript = ['[00:00:00] Interviewer: How did the pairing start?', '[00:00:02] Zara Quinn: We paired up in September.', '[00:00:04] Interviewer: And then?', '[00:00:06] Zara Quinn: The log took over.', ''].join('\n\n');
  const audio = testInfo.outputPath('zara-quinn.wav');
  await writeFile(audio, silentWave(9));
  await page.goto(appUrl);
  const origin = new URL(page.url()).origin;
  const imported = await page.request.post(`${origin}/api/call/sources.importFile`, {
    data: { fileName: 'zara-quinn-timed.txt', bytesBase64: Buffer.from(transcript).toString('base64'), kind: 'transcript' },
  });
  expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);
  await frame.goTo('Sources');
  await coding.openFromSources('zara-quinn-timed');

  await page.getByRole('button', { name: 'Link a recording…' }).click();
  const prompt = page.getByRole('dialog', { name: 'Link a recording' });
  await prompt.getByLabel('Full path of the audio or video file').fill(audio);
  await prompt.getByRole('button', { name: 'Link' }).click();
  const player = page.getByRole('region', { name: 'Recording' }).locator('audio');
  await expect(player).toBeVisible();
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => el.readyState)).toBeGreaterThan(0);
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => Math.round(el.duration))).toBe(9);

  // ▶ beside a turn plays from its timestamp, and that turn is marked as playing
  const turn = coding.turn('The log took over.');
  await turn.hover();
  await turn.getByRole('button', { name: 'Play from 00:00:06' }).click();
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThanOrEqual(6);
  await expect(turn).toHaveAttribute('aria-current', 'time');
  // F9 pauses (also while correcting a turn), F7 goes back five seconds
  await coding.startCorrecting('We paired up in September.');
  await page.keyboard.press('F9');
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => el.paused)).toBe(true);
  const at = await player.evaluate((el: HTMLAudioElement) => el.currentTime);
  await page.keyboard.press('F7');
  await expect.poll(() => player.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeLessThan(at - 4);
  // the turn whose timestamp the recording is now past is the one marked
  const now = at - 5;
  await expect(coding.turn(now < 2 ? 'How did the pairing start?' : 'We paired up in September.')).toHaveAttribute('aria-current', 'time');
  await expect(turn).not.toHaveAttribute('aria-current', 'time');
  await page.keyboard.press('Escape');
  await expect(frame.alert).toHaveCount(0);
});

test('Enter opens a source; find and replace (Ctrl+H) lists hits and jumps to one; replace in every source goes through corrections and undoes', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  const table = page.getByRole('table', { name: 'Sources' });
  await table.getByRole('rowheader', { name: SOURCE, exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(coding.heading).toHaveText(SOURCE);
  await coding.coderDialog.getByRole('button', { name: 'Later' }).click();

  await page.keyboard.press('ControlOrMeta+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('textbox', { name: 'Find' }).fill('grumbles');
  await dialog.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 matches');
  await dialog.getByRole('list', { name: 'Matches' }).getByRole('button').nth(1).click();
  await expect(dialog).toBeHidden();
  await expect(coding.selectionBar.getByTitle('grumbles', { exact: true })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+h');
  await dialog.getByRole('textbox', { name: 'Find' }).fill('grumbles');
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill('complaints');
  await dialog.getByRole('radio', { name: 'In every source' }).check();
  await dialog.getByRole('checkbox', { name: 'Whole words' }).check();
  await dialog.getByRole('button', { name: 'Replace all' }).click();
  await expect(frame.notice).toContainText('Replaced 2 × “grumbles”');
  await expect(coding.turn("I've heard the complaints")).toHaveCount(1);
  await coding.heading.click();
  await frame.undo();
  await expect(frame.notice).toContainText('Undone: Replace text');
  await expect(coding.turn("I've heard the grumbles")).toHaveCount(1);

  await coding.backButton.click();
  await expect(table).toBeVisible();
});
