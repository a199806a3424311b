// Browser mode runs the renderer under the same Content-Security-Policy as the Electron
// window: no eval, no inline scripts, nothing loaded from other origins.
import { CONTENT_SECURITY_POLICY } from '../../electron/app/window-config.ts';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';

test('the page is served with the Electron CSP, and eval and inline scripts are blocked', async ({ page, appUrl }) => {
  const responses: { url: string; csp: string | undefined }[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document') responses.push({ url: r.url(), csp: r.headers()['content-security-policy'] });
  });
  await page.goto(appUrl);
  await new AppFrame(page).waitUntilShown();
  const doc = responses.find((r) => r.csp !== undefined);
  expect(doc?.csp).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  // code run through DevTools is exempt from CSP, so test what the page itself would run:
  // a string timer (eval-class) and an inline script element, and collect the violations
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __fromString?: boolean; __inline?: boolean };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__fromString = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.body.appendChild(script);
    await new Promise((r) => setTimeout(r, 100));
    return { fromString: w.__fromString === true, inline: w.__inline === true, violations };
  });
  expect(outcome.fromString).toBe(false);
  expect(outcome.inline).toBe(false);
  expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  // the token left the address bar for an HttpOnly cookie the page cannot read
  expect(page.url()).not.toContain('token=');
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
