// Checks electron-builder.yml against window-config.ts: the packaged app must get the
// same fuses the configuration promises, and the native module must stay unpacked.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from './window-config.ts';

// js-yaml comes with electron-builder; it has no bundled types, so load it through require
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  electronFuses?: Record<string, unknown>;
  fileAssociations?: Array<{ ext?: string }>;
  linux?: { target?: string[] };
  mac?: { target?: string };
  win?: { target?: string };
}

const config = yaml.load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it.each(Object.entries(ELECTRON_FUSES))('sets fuse %s to %s as window-config.ts says', (key, value) => {
    expect(config.electronFuses?.[key]).toBe(value);
  });

  it('sets no fuse window-config.ts does not list', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(Object.keys(ELECTRON_FUSES).sort());
  });

  it('packs dist/ into an asar with the Electron-ABI sqlite module unpacked', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('dist/native/**');
    // we build better-sqlite3 for Electron ourselves (scripts/rebuild-native-for-electron.mjs)
    expect(config.npmRebuild).toBe(false);
  });

  it('names the app and opens .alens files', () => {
    expect(config.appId).toBe('org.activitylens.app');
    expect(config.productName).toBe('Activity Lens');
    expect(config.fileAssociations?.map((a) => a.ext)).toEqual(['alens']);
  });

  it('builds the installers we ship', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });
});
