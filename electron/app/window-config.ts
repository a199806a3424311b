// The Electron shell's security settings as plain data and pure checks. No electron
// import (only ./ipc-channels.ts), so unit tests can prove the configuration where the
// binary cannot run; window.ts, ipc.ts and electron-builder.yml apply what this file says.

// The custom scheme the renderer is served from (never file://).
export const APP_SCHEME = 'app';
export const APP_HOST = 'activity-lens';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

// Privileges registered for app:// before the app is ready (protocol.registerSchemesAsPrivileged).
// standard: parsed like http (origin, relative URLs); secure: counts as a secure context.
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  // media elements stream (and seek in) linked recordings served at app://activity-lens/api/media/<id>
  stream: true,
} as const;

// The subset of Electron's WebPreferences we pin (structurally compatible with it).
export interface HardenedWebPreferences {
  sandbox: true;
  contextIsolation: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  enableWebSQL: false;
  plugins: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: true;
}

// Hardened preferences for every window we open; only `preload` and `devTools` are added.
export const HARDENED_WEB_PREFERENCES: Readonly<HardenedWebPreferences> = Object.freeze({
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  plugins: false,
  // a file dropped on the window must not replace the app with file://...
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
});

// The full webPreferences for the main window: the hardened set plus the preload path.
export function buildWebPreferences(preload: string, devTools: boolean): HardenedWebPreferences & { preload: string; devTools: boolean } {
  return { ...HARDENED_WEB_PREFERENCES, preload, devTools };
}

// Content-Security-Policy directives, in the order they are sent. Inline style
// *attributes* are allowed (React `style={}` and SVG strings from shared/diagram);
// <style> elements, inline scripts and eval are not.
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['style-src-elem', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

// The Content-Security-Policy header value sent with every app:// response.
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

// Headers sent with every app:// response (besides Content-Type).
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
});

export { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from './ipc-channels.ts';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Tells whether a URL belongs to our app origin (app://activity-lens, no port, no credentials).
export function isAppOriginUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

// Tells whether an IPC message from a frame at this URL may reach the host (our origin only).
export function isAllowedIpcSenderUrl(url: string): boolean {
  return isAppOriginUrl(url);
}

// Tells whether the window may navigate to a URL: never, except within our own app:// origin.
export function isAllowedNavigation(url: string): boolean {
  return isAppOriginUrl(url);
}

// Tells whether a link may be handed to the system browser (https only).
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

// Decides a renderer permission request or check (camera, notifications, clipboard...): always deny.
export function decidePermission(_permission: string): boolean {
  return false;
}

// Electron fuses flipped at packaging time, keyed as electron-builder's `electronFuses` spells them.
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Record<string, boolean>;

export type ElectronFuseKey = keyof typeof ELECTRON_FUSES;

// The @electron/fuses FuseV1Options name of each fuse (for an afterPack script or a check).
export const FUSE_OPTION_NAMES: Readonly<Record<ElectronFuseKey, string>> = Object.freeze({
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
});
