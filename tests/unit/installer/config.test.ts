// The Windows installer configuration (electron-builder.json) and what it ships: checked
// without building, since this machine cannot download Electron or run Windows tools.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const read = (p: string) => readFileSync(join(root, p));
const json = <T>(p: string) => JSON.parse(read(p).toString('utf8')) as T;

interface Target {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: { ext: string; icon: string }[];
  win: { icon: string; target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  msi: { perMachine: boolean; upgradeCode: string };
}
interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface LockEntry {
  version: string;
  dev?: boolean;
  devOptional?: boolean;
}

const config = json<BuilderConfig>('electron-builder.json');
const pkg = json<PackageJson>('package.json');

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } =
      (await import('app-builder-lib/out/util/config/config.js')) as {
        validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
      };
    const { DebugLogger } = (await import('builder-util')) as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validation is real: an unknown option is refused.
    await expect(
      validateConfiguration({ ...config, nsis: { bogus: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/nsis/);
  });

  it('names the product and builds a per-user NSIS installer and a per-machine MSI for Windows', () => {
    expect(config.productName).toBe('Boligplan');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis']);
    for (const t of config.win.target) expect(t.arch).toEqual(['x64']);
    // NSIS: installs in the user's own profile, never asks for admin rights.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    // MSI: for Intune/SCCM, installed for every user of the machine; a fixed upgrade code so
    // a new version replaces the old one.
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win/);
  });

  it('unpacks highs (the optimiser, HiGHS as WebAssembly) so its worker can read the .wasm', () => {
    expect(config.asarUnpack).toContain('node_modules/highs/**/*');
    expect(pkg.dependencies['highs']).toBeDefined();
  });

  it('unpacks better-sqlite3 from the asar and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
  });

  it('has the icons: a PNG of at least 256 px and an ICO with a 256 px image', () => {
    const png = read('resources/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    const ico = read(config.win.icon);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // type 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
    // Every entry points inside the file.
    for (let i = 0; i < count; i++) {
      const size = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(offset + size).toBeLessThanOrEqual(ico.length);
    }
    for (const a of config.fileAssociations) {
      expect(existsSync(join(root, config.directories.buildResources, a.icon))).toBe(true);
    }
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['boligplan']);
  });

  it('ships the sample municipality’s description and the third-party licences', () => {
    for (const r of config.extraResources) expect(existsSync(join(root, r.from))).toBe(true);
    const targets = config.extraResources.map((r) => r.to);
    expect(targets).toEqual(
      expect.arrayContaining(['eksempel-kommune.md', 'THIRD_PARTY_LICENSES.txt']),
    );
    expect(read('resources/eksempel-kommune.md').toString('utf8')).toMatch(/fiktiv/);
  });

  it('lists the licence of every package the app ships, at the locked version', () => {
    const lock = json<{ packages: Record<string, LockEntry> }>('package-lock.json');
    const licences = read('resources/THIRD_PARTY_LICENSES.txt').toString('utf8');
    const shipped = Object.entries(lock.packages).filter(
      ([path, e]) => path.startsWith('node_modules/') && !e.dev && !e.devOptional,
    );
    expect(shipped.length).toBeGreaterThan(10);
    const missing = shipped
      .map(([path, e]) => `${path.replace(/^.*node_modules\//, '')}@${e.version}`)
      .filter((key) => !licences.includes(`${key}  (`));
    expect(missing, 'run `npm run licenses`').toEqual([]);
  });
});

describe('no development dependencies in the package', () => {
  it('packs only the build output and package.json, never sources or tests', () => {
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json']);
  });

  it('every package the main process imports at run time is a production dependency', () => {
    const runtime = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          for (const m of src.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm)) {
            const spec = m[1]!;
            if (spec.startsWith('node:')) continue;
            runtime.add(
              spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
            );
          }
        }
      }
    };
    walk(join(root, 'main'));
    expect(runtime.size, relative(root, 'main')).toBeGreaterThan(2);
    // Electron is provided by the packaged runtime; electron-builder requires it as a dev dependency.
    runtime.delete('electron');
    expect(pkg.devDependencies.electron).toBeDefined();
    expect(pkg.dependencies.electron).toBeUndefined();
    for (const name of runtime) {
      expect(pkg.dependencies[name], `${name} must be in dependencies`).toBeDefined();
    }
    // Nothing listed twice, and build tools stay out of the shipped dependencies.
    for (const name of Object.keys(pkg.dependencies)) {
      expect(pkg.devDependencies[name], name).toBeUndefined();
    }
    for (const tool of [
      'electron-builder',
      'electron-vite',
      'vite',
      'typescript',
      '@playwright/test',
    ]) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
    }
  });
});
