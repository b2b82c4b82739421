/**
 * The SDK's floors (docs/architecture.md): imports only point down. Bottom to top:
 *   base → transport, auth → core → api, fhir → client.ts/config.ts/index.ts
 * with simulator/ and redis/ as outer rings that use only the public entry (index.ts) or the
 * internal one (internal.ts), and the CLI package only the SDK's published entries.
 * `npm run check:layers` runs this in CI; an upward import fails it.
 */
const SDK = '^packages/sdk/src/';
const below = (...layers) => `${SDK}(?!${layers.map((l) => `${l}/`).join('|')})`;

module.exports = {
  forbidden: [
    { name: 'base-imports-nothing-above', severity: 'error', comment: 'base/ holds the primitives: errors, abort, HTTP types, decoding, the deadline.', from: { path: `${SDK}base/` }, to: { path: below('base') } },
    { name: 'transport-stands-on-base', severity: 'error', comment: 'Senders, policies and the pipeline know tokens only through base/token-source.ts.', from: { path: `${SDK}transport/` }, to: { path: below('base', 'transport') } },
    { name: 'auth-stands-on-base', severity: 'error', comment: 'Token management sends with a Sender from base/, not through the pipeline.', from: { path: `${SDK}auth/` }, to: { path: below('base', 'auth') } },
    { name: 'core-stands-on-transport-and-auth', severity: 'error', from: { path: `${SDK}core/` }, to: { path: below('base', 'transport', 'auth', 'core') } },
    { name: 'api-stands-on-core', severity: 'error', comment: 'src/api: the generated areas (table rows, Params, methods) and their hand-written helpers.', from: { path: `${SDK}api/` }, to: { path: below('base', 'transport', 'auth', 'core', 'api') } },
    { name: 'generated-api-files-use-no-helpers', severity: 'error', comment: 'A generated area file imports core and api/types only; helpers build on it, never the reverse.', from: { path: `${SDK}api/(?!index\\.ts$)[a-z-]+\\.ts$` }, to: { path: `${SDK}api/[a-z-]+\\.(helpers\\.)?ts$` } },
    { name: 'api-types-are-plain-types', severity: 'error', from: { path: `${SDK}api/types/` }, to: { path: below('core', 'api/types') } },
    { name: 'fhir-stands-beside-api', severity: 'error', from: { path: `${SDK}fhir/` }, to: { path: below('base', 'transport', 'auth', 'core', 'fhir') } },
    { name: 'the-client-does-not-import-the-rings', severity: 'error', from: { path: `${SDK}[^/]+\\.ts$` }, to: { path: `${SDK}(simulator|redis)/` } },
    { name: 'simulator-uses-the-entries', severity: 'error', comment: 'The simulator imports the SDK through index.ts or internal.ts only.', from: { path: `${SDK}simulator/` }, to: { path: `${SDK}(?!simulator/|index\\.ts$|internal\\.ts$)` } },
    { name: 'redis-uses-the-entries', severity: 'error', comment: 'The Redis module imports the SDK through index.ts or internal.ts only.', from: { path: `${SDK}redis/` }, to: { path: `${SDK}(?!redis/|index\\.ts$|internal\\.ts$)` } },
    { name: 'cli-uses-the-published-entries', severity: 'error', comment: "The CLI imports 'athenahealth-sdk' and its subpaths, as any user would.", from: { path: '^packages/cli/src/' }, to: { path: `${SDK}(?!index\\.ts$|simulator/index\\.ts$|redis/index\\.ts$)` } },
    { name: 'no-cycles', severity: 'error', from: { path: SDK }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
