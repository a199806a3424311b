// Proves the Electron security configuration without the Electron binary: window.ts,
// ipc.ts and electron-builder.yml apply exactly these values.
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_RESPONSE_HEADERS,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  buildWebPreferences,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  decidePermission,
  ELECTRON_FUSES,
  FUSE_OPTION_NAMES,
  HARDENED_WEB_PREFERENCES,
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  isAllowedExternalUrl,
  isAllowedIpcSenderUrl,
  isAllowedNavigation,
} from './window-config.ts';

function directive(name: string): string[] {
  const found = CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  if (!found) throw new Error(`CSP has no ${name}`);
  return found.slice(1);
}

describe('webPreferences', () => {
  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
    ['plugins', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['spellcheck', true],
  ] as const)('%s is %s', (key, value) => {
    expect(HARDENED_WEB_PREFERENCES[key]).toBe(value);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(HARDENED_WEB_PREFERENCES)).toBe(true);
  });

  it('adds only the preload and devTools to the hardened set', () => {
    const prefs = buildWebPreferences('/app/dist/electron/preload.cjs', false);
    expect(prefs).toEqual({ ...HARDENED_WEB_PREFERENCES, preload: '/app/dist/electron/preload.cjs', devTools: false });
  });
});

describe('Content-Security-Policy', () => {
  it('is built from the directive list, one of each', () => {
    const names = CSP_DIRECTIVES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(CONTENT_SECURITY_POLICY.split('; ')).toHaveLength(names.length);
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['style-src-elem', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(directive(name)).toEqual(sources);
  });

  it('never allows eval, and inline code only for style attributes', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    const withInline = CSP_DIRECTIVES.filter(([, value]) => value.includes("'unsafe-inline'")).map(([name]) => name);
    expect(withInline).toEqual(['style-src-attr']);
  });

  it('allows no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('is sent with every app:// response, with nosniff', () => {
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('app:// scheme', () => {
  it('is app://activity-lens', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://activity-lens');
    expect(APP_ENTRY_URL).toBe('app://activity-lens/index.html');
  });

  it('is standard and secure but does not bypass the CSP or allow service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      // streaming responses, so linked recordings play and seek (not a security privilege)
      stream: true,
    });
  });

  it('has two IPC channels', () => {
    expect([IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL]).toEqual(['al:call', 'al:event']);
  });
});

const FOREIGN_URLS = [
  'https://activity-lens/index.html',
  'http://127.0.0.1:5173/',
  'file:///home/r/index.html',
  'app://evil/index.html',
  'app://activity-lens.evil.com/',
  'app://activity-lens:8080/',
  'app://user:pw@activity-lens/',
  'app://activity-lensx/',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'data:text/html,<script>1</script>',
  'javascript:alert(1)',
  'blob:app://activity-lens/6f1c',
  'not a url',
  '',
];

describe('IPC sender check', () => {
  it.each(['app://activity-lens/', 'app://activity-lens/index.html', 'app://activity-lens/index.html#/sources'])(
    'accepts our page %s',
    (url) => {
      expect(isAllowedIpcSenderUrl(url)).toBe(true);
    },
  );

  it.each(FOREIGN_URLS)('refuses %s', (url) => {
    expect(isAllowedIpcSenderUrl(url)).toBe(false);
  });
});

describe('navigation', () => {
  it('allows reloading our own page', () => {
    expect(isAllowedNavigation('app://activity-lens/index.html')).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('external links', () => {
  it('hands https links to the system browser', () => {
    expect(isAllowedExternalUrl('https://www.qdasoftware.org/')).toBe(true);
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://activity-lens/', 'https://user:pw@example.com/', 'mailto:a@b.c', 'not a url'])(
    'refuses %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(false);
    },
  );
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(decidePermission(permission)).toBe(false);
    },
  );
});

describe('Electron fuses', () => {
  it('sets exactly the hardening fuses', () => {
    expect(ELECTRON_FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names fuses that @electron/fuses knows', () => {
    const known: Record<string, unknown> = FuseV1Options;
    for (const name of Object.values(FUSE_OPTION_NAMES)) expect(typeof known[name], name).toBe('number');
    expect(Object.keys(FUSE_OPTION_NAMES).sort()).toEqual(Object.keys(ELECTRON_FUSES).sort());
  });
});
