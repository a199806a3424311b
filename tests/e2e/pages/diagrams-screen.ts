// Page object of the Diagrams screen: new diagrams, the canvas (components, tensions),
// the side panel (texts, tensions, evidence), the evidence picker and Export.
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

export type GenerationLabel = 'First generation (triangles)' | 'Second generation (activity system)' | 'Third generation (interacting systems)';

export interface NewDiagramFields {
  generation: GenerationLabel;
  title: string;
  perspective?: string;
  phase?: string;
  caption?: string;
  // first generation: one triangle per subject
  subjects?: string[];
  // third generation: the left and right systems
  systems?: [string, string];
}

export class DiagramsScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly newButton: Locator;
  readonly chooser: Locator;
  readonly emptyState: Locator;
  readonly panel: Locator;
  readonly toolbar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Diagrams' });
    this.newButton = page.getByRole('button', { name: 'New diagram…' });
    this.chooser = page.getByRole('combobox', { name: 'Diagram', exact: true });
    this.emptyState = page.getByText('This project has no diagrams yet.');
    this.panel = page.getByRole('complementary', { name: 'Selection' });
    this.toolbar = page.getByRole('toolbar', { name: 'Diagram actions' });
  }

  // The drawing of the diagram being edited (the region named "Diagram: <title>").
  canvas(title: string): Locator {
    return this.page.getByRole('region', { name: `Diagram: ${title}`, exact: true });
  }

  // Starts a diagram through the New diagram dialog and waits for its drawing.
  async create(fields: NewDiagramFields): Promise<void> {
    await this.newButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New diagram' });
    await dialog.getByRole('radio', { name: new RegExp(`^${fields.generation.replace(/[()]/g, '\\$&')}`) }).check();
    await dialog.getByLabel('Title').fill(fields.title);
    if (fields.perspective) await dialog.getByLabel('Perspective (whose subject)').fill(fields.perspective);
    if (fields.phase) await dialog.getByLabel('Phase').fill(fields.phase);
    if (fields.subjects) await dialog.getByLabel('Subjects, one per line (one triangle each)').fill(fields.subjects.join('\n'));
    if (fields.systems) {
      await dialog.getByLabel('Left system').fill(fields.systems[0]);
      await dialog.getByLabel('Right system').fill(fields.systems[1]);
    }
    if (fields.caption) await dialog.getByLabel('Caption').fill(fields.caption);
    await dialog.getByRole('button', { name: 'Create diagram' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.canvas(fields.title)).toBeVisible();
  }

  // A component of the drawing, by kind ("division-of-labour") and system (0-based).
  component(title: string, kind: string, system = 0): Locator {
    const systemFilter = kind === 'shared-object' ? '' : `[data-system="${system}"]`;
    return this.canvas(title).locator(`g[data-component-id][data-kind="${kind}"]${systemFilter}`);
  }

  // The tensions drawn as jagged lines.
  tensions(title: string): Locator {
    return this.canvas(title).locator('g.al-tension[data-tension-id]');
  }

  // Selects a component by clicking it in the drawing; waits for its panel.
  async selectComponent(title: string, kind: string, system = 0): Promise<void> {
    await this.component(title, kind, system).locator('text').first().click();
    await expect(this.panel.getByRole('button', { name: 'Back to diagram' })).toBeVisible();
  }

  // Types the selected component's text and saves it.
  async setText(text: string): Promise<void> {
    await this.panel.getByLabel('Text (one line each: roles, verbs, artefacts)').fill(text);
    await this.panel.getByRole('button', { name: 'Save text' }).click();
    await expect(this.panel.getByRole('button', { name: 'Save text' })).toBeDisabled();
  }

  // Clears the selection (back to the diagram's own panel).
  async backToDiagram(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Back to diagram' }).click();
    await expect(this.panel.getByRole('heading', { name: 'Diagram', exact: true })).toBeVisible();
  }

  // Clicks one tension's jagged line in the drawing; waits for its panel.
  async clickTension(title: string, index = 0): Promise<void> {
    // click a corner of the jagged line itself (the middle of its box may fall between zigzags)
    const bolt = this.tensions(title).nth(index).locator('polyline.al-bolt');
    await bolt.scrollIntoViewIfNeeded();
    const point = await bolt.evaluate((el: SVGPolylineElement) => {
      const corner = el.points.getItem(Math.floor(el.points.numberOfItems / 2));
      const m = el.getScreenCTM();
      if (!m) throw new Error('the tension is not drawn');
      return { x: corner.x * m.a + corner.y * m.c + m.e, y: corner.x * m.b + corner.y * m.d + m.f };
    });
    await this.page.mouse.click(point.x, point.y);
    await expect(this.panel.getByRole('heading', { name: /tension$/ })).toBeVisible();
  }

  // From the selected component: Add tension from here…, to a component, with a label.
  async addTensionFromSelected(to: string, label: string): Promise<void> {
    await this.panel.getByRole('button', { name: 'Add tension from here…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add tension' });
    await dialog.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: to });
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
    await dialog.getByRole('button', { name: 'Add tension' }).click();
    await expect(dialog).toBeHidden();
  }

  // Opens Link evidence…, picks a node, ticks the first `count` codings and links them;
  // returns the quotes ticked (as the picker shows them).
  async linkEvidence(nodeOption: RegExp, count: number): Promise<string[]> {
    await this.panel.getByRole('button', { name: 'Link evidence…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Link evidence to/ });
    const select = dialog.getByRole('combobox', { name: 'Node' });
    const option = select.locator('option').filter({ hasText: nodeOption }).first();
    await select.selectOption({ label: (await option.textContent()) ?? '' });
    const items = dialog.getByRole('list', { name: 'Codings at the node' }).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    const quotes: string[] = [];
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      await item.getByRole('checkbox').check();
      quotes.push(((await item.locator('.diagrams-picker-quote').textContent()) ?? '').replace(/…$/, ''));
    }
    await dialog.getByRole('button', { name: count === 1 ? 'Link 1 coding' : `Link ${count} codings` }).click();
    await expect(dialog).toBeHidden();
    return quotes;
  }

  // The quotes the panel shows as evidence of the selection.
  evidenceQuotes(): Locator {
    return this.panel.locator('blockquote.diagrams-quote');
  }

  // The attributions shown under the quotes.
  evidenceAttributions(): Locator {
    return this.panel.locator('.diagrams-attribution-case');
  }

  // Export… as PNG at a print width; returns the download.
  async exportPng(widthCm: number): Promise<Download> {
    await this.toolbar.getByRole('button', { name: 'Export…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Export/ });
    await dialog.getByRole('radio', { name: /^PNG/ }).check();
    await dialog.getByLabel('Print width (cm)').fill(String(widthCm));
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
    await expect(dialog).toBeHidden();
    return download;
  }
}
