// Page object of the coding view: opening a source from the Sources screen, selecting
// a phrase with the mouse, coding it (drag onto a node, the C picker), stripes, memos,
// correcting a turn in place and the dialog about codings a correction would empty.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

interface PhraseBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export class CodingView {
  readonly page: Page;
  readonly heading: Locator;
  readonly transcript: Locator;
  readonly backButton: Locator;
  readonly selectionBar: Locator;
  readonly picker: Locator;
  readonly coderDialog: Locator;
  readonly emptiedDialog: Locator;
  readonly codesTab: Locator;
  readonly memosTab: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.transcript = page.getByRole('region', { name: 'Transcript' });
    this.backButton = page.getByRole('button', { name: '← Sources' });
    this.selectionBar = page.getByRole('toolbar', { name: 'Selected passage' });
    this.picker = page.getByRole('dialog', { name: 'Code at node' });
    this.coderDialog = page.getByRole('dialog', { name: 'Who is coding?' });
    this.emptiedDialog = page.getByRole('dialog', { name: /will lose all (its|their) text/ });
    this.codesTab = page.getByRole('tab', { name: 'Codes' });
    this.memosTab = page.getByRole('tab', { name: 'Memos' });
  }

  // Opens a source by double-clicking its row on the Sources screen; answers "Who is coding?" with the first coder when it is asked.
  async openFromSources(name: string, options: { askedForCoder?: boolean } = {}): Promise<void> {
    await this.page.getByRole('table', { name: 'Sources' }).getByRole('rowheader', { name, exact: true }).dblclick();
    await expect(this.heading).toHaveText(name);
    await expect(this.transcript).toBeVisible();
    if (options.askedForCoder ?? true) {
      await this.coderDialog.getByRole('button', { name: 'Start coding' }).click();
      await expect(this.coderDialog).toBeHidden();
    } else {
      await expect(this.coderDialog).toBeHidden();
    }
  }

  // The turn (block) whose text holds a phrase.
  turn(phrase: string): Locator {
    return this.transcript.getByRole('group').filter({ hasText: phrase });
  }

  // Scrolls a phrase into view and returns the points just inside its first and last characters.
  private async phraseBox(phrase: string): Promise<PhraseBox> {
    // turns far from the view are not drawn: scroll until it is
    if ((await this.turn(phrase).count()) === 0) await this.scrollToTurn(phrase);
    await expect(this.turn(phrase)).toHaveCount(1);
    const box = await this.page.evaluate((wanted) => {
      for (const text of Array.from(document.querySelectorAll('.coding-block-text'))) {
        const whole = text.textContent ?? '';
        const at = whole.indexOf(wanted);
        if (at < 0) continue;
        const points: [Node, number][] = [];
        const targets = [at, at + wanted.length];
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        let pos = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent?.length ?? 0;
          targets.forEach((t, k) => {
            if (points[k] === undefined && t >= pos && t <= pos + len && !(k === 0 && t === pos + len)) points[k] = [node, t - pos];
          });
          pos += len;
        }
        const [first, last] = points;
        if (!first || !last) return null;
        first[0].parentElement?.scrollIntoView({ block: 'center' });
        const a = document.createRange();
        a.setStart(first[0], first[1]);
        a.setEnd(first[0], first[1] + 1);
        const b = document.createRange();
        b.setStart(last[0], last[1] - 1);
        b.setEnd(last[0], last[1]);
        const ra = a.getClientRects()[0];
        const rb = b.getClientRects()[0];
        if (!ra || !rb) return null;
        return { x1: ra.left + 1, y1: ra.top + ra.height / 2, x2: rb.right - 0.5, y2: rb.top + rb.height / 2 };
      }
      return null;
    }, phrase);
    if (!box) throw new Error(`The phrase is not shown: ${phrase}`);
    return box;
  }

  // Selects a phrase by dragging the mouse across it, and waits until exactly that phrase is selected and shown as the selected passage.
  async selectWithMouse(phrase: string): Promise<PhraseBox> {
    const box = await this.phraseBox(phrase);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 8 });
    await this.page.mouse.up();
    await expect.poll(() => this.page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(phrase);
    // the bar shortens long passages; its title holds the whole text
    await expect(this.selectionBar.getByTitle(phrase, { exact: true })).toBeVisible();
    return box;
  }

  // The row of a node in the Codes panel (the codebook part, not the recent list).
  nodeRow(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Codebook nodes' })
      .locator('li.coding-node')
      .filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) })
      .first();
  }

  // Drags the current selection (by the mouse, from inside it) onto a node of the Codes panel.
  async dragSelectionOnto(box: PhraseBox, nodeName: string): Promise<void> {
    await this.codesTab.click();
    const row = this.nodeRow(nodeName);
    await this.page.mouse.move(box.x2 - 4, box.y2);
    await this.page.mouse.down();
    const target = await row.boundingBox();
    if (!target) throw new Error(`The node ${nodeName} is not shown.`);
    await this.page.mouse.move(target.x + 40, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  // Codes the selection with the keyboard: C, type to find the node, Enter.
  async codeWithPicker(typed: string): Promise<void> {
    await this.page.keyboard.press('c');
    await expect(this.picker).toBeVisible();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Enter');
    await expect(this.picker).toBeHidden();
  }

  // The stripes of a node (by its path) beside the turn holding a phrase: by any coders, or by exactly the one given.
  stripes(phrase: string, nodePath: string, coder?: string): Locator {
    if (coder !== undefined) return this.turn(phrase).getByRole('button', { name: `Coded at ${nodePath} by ${coder}`, exact: true });
    const path = nodePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.turn(phrase).getByRole('button', { name: new RegExp(`^Coded at ${path}( by .+)?$`) });
  }

  // Scrolls the transcript down from the top until the turn holding a phrase is drawn (turns are drawn only near the view), and centres it.
  async scrollToTurn(phrase: string): Promise<Locator> {
    const scroller = this.transcript;
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(async () => {
      if ((await this.turn(phrase).count()) === 0) await scroller.evaluate((el) => el.scrollBy({ top: el.clientHeight / 2 }));
      await expect(this.turn(phrase)).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: 20_000 });
    await this.turn(phrase).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    return this.turn(phrase);
  }

  // The names written beside the stripes of the turn holding a phrase (each label names one stripe).
  stripeLabels(phrase: string): Locator {
    return this.turn(phrase).locator('.coding-stripe-label');
  }

  // Writes a new memo on the open source (Memos tab) and saves it.
  async addSourceMemo(text: string): Promise<void> {
    await this.memosTab.click();
    const panel = this.page.getByRole('region', { name: /^Memos on Interview|^Memos on / }).first();
    await panel.getByRole('button', { name: 'New memo' }).click();
    await this.page.getByRole('textbox', { name: 'Memo text' }).click();
    await this.page.keyboard.type(text);
    await this.page.getByRole('button', { name: 'Save memo' }).click();
    await expect(panel.getByText('Saved', { exact: true })).toBeVisible();
  }

  // The memos region of the open source.
  sourceMemos(): Locator {
    return this.page.getByRole('region', { name: /^Memos on / }).first();
  }

  // Opens the in-place editor of the turn holding a phrase.
  async startCorrecting(phrase: string): Promise<Locator> {
    const turn = this.turn(phrase);
    await turn.hover();
    await turn.getByRole('button', { name: 'Correct this turn' }).click();
    const editor = this.page.getByRole('textbox', { name: 'Correct this turn' });
    await expect(editor).toBeVisible();
    return editor;
  }

  // Corrects a turn: opens its editor, applies `change` to its text, and presses Save.
  async correctTurn(phrase: string, change: (text: string) => string): Promise<void> {
    const editor = await this.startCorrecting(phrase);
    const before = (await editor.textContent()) ?? '';
    const after = change(before);
    expect(after, 'the change must change something').not.toBe(before);
    // replace the whole text; a freshly mounted editor can miss a first select-all, so check and retry
    await expect(async () => {
      await editor.click();
      await editor.press('ControlOrMeta+a');
      await this.page.keyboard.insertText(after);
      await expect(editor).toHaveText(after, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await this.page.getByRole('button', { name: 'Save correction' }).click();
  }
}
