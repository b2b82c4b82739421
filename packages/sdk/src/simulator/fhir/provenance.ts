/**
 * Provenance, as athena serves it for `_revinclude=Provenance:target` and `Provenance?target=`:
 * one per resource, built on demand from its target (nothing is stored), so a read rebuilds
 * what a search showed. The practice is the author; `recorded` is the target's lastUpdated.
 * Ids: `a-{practice}.provenance-{Type}.{target id without the practice prefix}`.
 */
import { toFhirPracticeId, type FhirResource, type Provenance } from '../../internal.js';
import type { FhirContext, FhirTypeRow } from './type-row.js';
import { orValues } from './references.js';
import { SEED_TIME } from './last-updated.js';

/** Reads `Type/id` through the type rows (given by resource-types.ts, which registers this row). */
export type ReferenceReader = (ctx: FhirContext, reference: string) => FhirResource | undefined;

export function provenanceOf(practiceId: string, target: FhirResource): Provenance {
  const prefix = `a-${practiceId}.`;
  const targetId = target.id as string;
  const short = targetId.startsWith(prefix) ? targetId.slice(prefix.length) : `~${targetId}`;
  const practice = { reference: `Organization/${toFhirPracticeId(practiceId)}` };
  return {
    resourceType: 'Provenance',
    id: `${prefix}provenance-${target.resourceType}.${short}`,
    meta: { lastUpdated: target.meta?.lastUpdated ?? SEED_TIME },
    target: [{ reference: `${target.resourceType}/${targetId}` }],
    recorded: target.meta?.lastUpdated ?? SEED_TIME,
    agent: [
      {
        type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] },
        who: practice,
        onBehalfOf: practice,
      },
    ],
  };
}

/** The `Type/id` reference a Provenance id stands for, or undefined. */
function targetOf(practiceId: string, id: string): string | undefined {
  const prefix = `a-${practiceId}.provenance-`;
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const dot = rest.indexOf('.');
  if (dot <= 0) return undefined;
  const type = rest.slice(0, dot);
  const short = rest.slice(dot + 1);
  return `${type}/${short.startsWith('~') ? short.slice(1) : `a-${practiceId}.${short}`}`;
}

export function provenanceRow(readReference: ReferenceReader): FhirTypeRow {
  const provenanceFor = (ctx: FhirContext, reference: string) => {
    if (reference.startsWith('Provenance/')) return undefined;
    const target = readReference(ctx, reference);
    return target === undefined ? undefined : provenanceOf(ctx.practiceId, target);
  };
  return {
    read(ctx, id) {
      const reference = targetOf(ctx.practiceId, id);
      return reference === undefined ? undefined : provenanceFor(ctx, reference);
    },
    search(ctx, params) {
      const out: FhirResource[] = [];
      for (const reference of new Set(orValues(params.target))) {
        const provenance = provenanceFor(ctx, reference);
        if (provenance !== undefined) out.push(provenance);
      }
      return out;
    },
  };
}
