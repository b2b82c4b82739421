/**
 * Installed from git, the repository root is the SDK: its package.json carries hand-kept
 * copies of packages/sdk's entry fields with every path under ./packages/sdk/. They must
 * not drift, or a git install resolves files that are not there (or other types).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, REPO_ROOT, SDK_DIR } from './packing.js';

type Manifest = Record<string, unknown>;

const root = readJson<Manifest>(join(REPO_ROOT, 'package.json'));
const sdk = readJson<Manifest>(join(SDK_DIR, 'package.json'));

/** A field of the SDK's manifest as the root must have it: each `./path` under ./packages/sdk/. */
function underPackagesSdk(value: unknown, key = ''): unknown {
  // The root's own package.json is the one a git install has; the SDK's is not in it.
  if (key === './package.json') return value;
  if (typeof value === 'string') return value.startsWith('./') ? `./packages/sdk/${value.slice(2)}` : value;
  if (Array.isArray(value)) return value.map((item) => underPackagesSdk(item));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, underPackagesSdk(v, k)]));
  return value;
}

describe("the root package.json, which a git install gets as the SDK's", () => {
  for (const field of ['main', 'module', 'types', 'typesVersions', 'exports']) {
    it(`has packages/sdk's ${field}, under ./packages/sdk/`, () => {
      expect(sdk[field]).toBeDefined();
      expect(root[field]).toEqual(underPackagesSdk(sdk[field]));
    });
  }

  for (const field of ['name', 'version', 'type', 'sideEffects', 'engines', 'peerDependencies', 'peerDependenciesMeta']) {
    it(`has packages/sdk's ${field}`, () => {
      expect(root[field]).toEqual(sdk[field]);
    });
  }

  it("ships packages/sdk's dist and nothing else of the workspace", () => {
    const sdkFiles = (sdk.files as string[]).filter((f) => f !== 'README.md');
    expect(root.files).toEqual(sdkFiles.map((f) => (f.startsWith('!') ? `!packages/sdk/${f.slice(1)}` : `packages/sdk/${f}`)));
  });

  it('has no runtime dependencies, like the SDK', () => {
    expect(root.dependencies ?? {}).toEqual({});
    expect(sdk.dependencies ?? {}).toEqual({});
  });
});
