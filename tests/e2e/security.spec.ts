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
  await page.evaluate(() => {
    const w = window as unknown as { __violations: { directive: string; blocked: string }[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__fromString = true', 0);
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.body.appendChild(script);
  });
  // both were refused (one violation each: 'eval' for the string timer, 'inline' for the script)
  const refused = () => page.evaluate(() => (window as unknown as { __violations: { blocked: string }[] }).__violations.map((v) => v.blocked).sort());
  await expect.poll(refused).toEqual(['eval', 'inline']);
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { __fromString?: boolean; __inline?: boolean; __violations: { directive: string }[] };
    return { fromString: w.__fromString === true, inline: w.__inline === true, directives: w.__violations.map((v) => v.directive) };
  });
  expect(outcome.fromString).toBe(false);
  expect(outcome.inline).toBe(false);
  expect(outcome.directives.every((v) => v.startsWith('script-src'))).toBe(true);
  // the token left the address bar for an HttpOnly cookie the page cannot read
  expect(page.url()).not.toContain('token=');
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
