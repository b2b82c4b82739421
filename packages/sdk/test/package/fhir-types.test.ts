/**
 * The SDK's own FHIR R4 declarations (src/fhir/r4.ts): current with their generator and
 * @types/fhir, and covering every resource type the SDK names and the simulator serves.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_OPERATIONS, FHIR_SEARCH_REQUIREMENTS } from 'athenahealth-sdk';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { currentFhirTypes, FHIR_TYPES_FILE } from '../../../../scripts/generate-fhir-types.js';
import { EXCHANGE_RESOURCES, SERVED_RESOURCES } from '../../../../scripts/fhir-types/resources.js';

const declared = new Set<string>([...SERVED_RESOURCES, ...EXCHANGE_RESOURCES]);
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator();
});

afterAll(async () => {
  await sim?.stop();
});

describe('src/fhir/r4.ts', () => {
  it('is what the generator makes from the installed @types/fhir (run `npm run generate:fhir-types` when not)', () => {
    expect(readFileSync(FHIR_TYPES_FILE, 'utf8') === currentFhirTypes()).toBe(true);
  });

  it('declares exactly the listed resources: the element types they reach pull in no other resource', () => {
    const resourceTypes = [...readFileSync(FHIR_TYPES_FILE, 'utf8').matchAll(/readonly resourceType: '(\w+)';/g)].map((m) => m[1]);
    expect(new Set(resourceTypes)).toEqual(declared);
  });

  it('covers every type with search requirements or custom operations', () => {
    const named = [...Object.keys(FHIR_SEARCH_REQUIREMENTS), ...Object.values(FHIR_OPERATIONS).map((op) => op.resourceType)];
    expect(named.filter((type) => !declared.has(type))).toEqual([]);
  });

  it("covers every type of the simulator's CapabilityStatement", async () => {
    const response = await fetch(`${sim.url}/fhir/r4/metadata`);
    const capability = (await response.json()) as { rest: { resource: { type: string }[] }[] };
    const served = capability.rest.flatMap((rest) => rest.resource.map((r) => r.type));
    expect(served.length).toBeGreaterThan(5);
    expect(served.filter((type) => !declared.has(type))).toEqual([]);
  });
});
