/**
 * Writes packages/sdk/src/fhir/r4.ts, the SDK's FHIR R4 declarations, from the @types/fhir
 * devDependency (see scripts/fhir-types/). With --check it writes nothing and exits 1 when
 * the committed file differs from what the generator makes now.
 *
 *   npm run generate:fhir-types [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFhirTypes } from './fhir-types/generate.js';
import { EXCHANGE_RESOURCES, SERVED_RESOURCES } from './fhir-types/resources.js';

export const FHIR_TYPES_FILE = fileURLToPath(new URL('../packages/sdk/src/fhir/r4.ts', import.meta.url));

/** What the generator makes from the installed @types/fhir. */
export function currentFhirTypes(): string {
  const typesDir = dirname(createRequire(import.meta.url).resolve('@types/fhir/package.json'));
  const read = (name: string) => readFileSync(join(typesDir, name), 'utf8');
  const { version } = JSON.parse(read('package.json')) as { version: string };
  return generateFhirTypes({ declarations: read('r4.d.ts'), license: read('LICENSE'), version }, [...SERVED_RESOURCES, ...EXCHANGE_RESOURCES]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = currentFhirTypes();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(FHIR_TYPES_FILE, 'utf8');
    if (committed !== text) {
      console.error(`${FHIR_TYPES_FILE} is stale: run npm run generate:fhir-types`);
      process.exit(1);
    }
  } else {
    writeFileSync(FHIR_TYPES_FILE, text);
    console.log(`wrote ${FHIR_TYPES_FILE} (${text.length} characters)`);
  }
}
