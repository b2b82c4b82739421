/**
 * `_include` and `_revinclude` of a search page: the resources the page's matches refer to
 * (`_include=Encounter:patient`, optionally `:TargetType`), and the Provenance of each
 * match (`_revinclude=Provenance:target`, the only reverse include athena lists). They are
 * added after the matches as `search.mode: include` entries, once each, and count neither
 * in `total` nor in `_count`. A resource the token may not read is left out.
 */
import type { Bundle, FhirResource } from '../../internal.js';
import { invalid, type Outcome } from './outcome.js';
import { provenanceOf } from './provenance.js';
import { readReference, type FhirContext } from './resource-types.js';

/** Per source type, each reference search parameter and the elements it reads. */
const REFERENCE_PARAMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Patient: { 'general-practitioner': ['generalPractitioner'], organization: ['managingOrganization'] },
  Encounter: { patient: ['subject'], subject: ['subject'], participant: ['participant.individual'], practitioner: ['participant.individual'], 'service-provider': ['serviceProvider'] },
  Condition: { patient: ['subject'], subject: ['subject'], encounter: ['encounter'] },
  AllergyIntolerance: { patient: ['patient'] },
  MedicationRequest: { patient: ['subject'], subject: ['subject'], encounter: ['encounter'], requester: ['requester'] },
  Observation: { patient: ['subject'], subject: ['subject'], encounter: ['encounter'] },
  Immunization: { patient: ['patient'] },
  DocumentReference: { patient: ['subject'], subject: ['subject'], author: ['author'], encounter: ['context.encounter'] },
  Appointment: { patient: ['participant.actor'], practitioner: ['participant.actor'], actor: ['participant.actor'] },
  QuestionnaireResponse: { patient: ['subject'], subject: ['subject'] },
  Provenance: { target: ['target'] },
};

/** Parameters whose references are of one type only. */
const PARAM_TARGET: Readonly<Record<string, string>> = { patient: 'Patient', practitioner: 'Practitioner', encounter: 'Encounter' };

interface Include {
  elements: readonly string[];
  targetType: string | undefined;
}

/**
 * The Bundle with the includes of its matches appended, or the 400 for an include the
 * simulator cannot follow (athena's are listed per type in its CapabilityStatement).
 */
export function addIncludes(ctx: FhirContext, type: string, bundle: Bundle, query: URLSearchParams, canRead: (type: string) => boolean): Bundle | Outcome {
  const includes: Include[] = [];
  for (const value of query.getAll('_include')) {
    const [source, param = '', target] = value.split(':');
    const elements = REFERENCE_PARAMS[source ?? '']?.[param];
    if (elements === undefined || !Object.hasOwn(REFERENCE_PARAMS[source as string] as object, param)) {
      return invalid(`_include=${value.slice(0, 60)} is not supported; use SourceType:searchParameter, e.g. Encounter:patient.`);
    }
    // An include of another source type names nothing on this page.
    if (source === type) includes.push({ elements, targetType: target ?? PARAM_TARGET[param] });
  }
  const revincludes = query.getAll('_revinclude');
  for (const value of revincludes) {
    if (value !== 'Provenance:target') return invalid(`_revinclude=${value.slice(0, 60)} is not supported; athena offers Provenance:target.`);
  }
  if (includes.length === 0 && revincludes.length === 0) return bundle;

  const matches = (bundle.entry ?? []).flatMap((e) => (e.resource === undefined ? [] : [e.resource as FhirResource]));
  const seen = new Set(matches.map(key));
  const extra: FhirResource[] = [];
  const add = (resource: FhirResource | undefined) => {
    if (resource === undefined || !canRead(resource.resourceType) || seen.has(key(resource))) return;
    seen.add(key(resource));
    extra.push(resource);
  };
  for (const match of matches) {
    for (const include of includes) {
      for (const reference of referencesOf(match, include.elements)) {
        if (include.targetType === undefined || reference.startsWith(`${include.targetType}/`)) add(readReference(ctx, reference));
      }
    }
    if (revincludes.length > 0 && match.resourceType !== 'Provenance') add(provenanceOf(ctx.practiceId, match));
  }
  if (extra.length === 0) return bundle;
  const origin = fullUrlOrigin(bundle);
  return {
    ...bundle,
    entry: [...(bundle.entry ?? []), ...extra.map((resource) => ({ fullUrl: `${origin}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'include' as const } }))],
  };
}

function key(resource: FhirResource): string {
  return `${resource.resourceType}/${resource.id}`;
}

/** The relative references found at `elements` (dot paths; arrays are walked). */
function referencesOf(resource: FhirResource, elements: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of elements) {
    let values: unknown[] = [resource];
    for (const step of path.split('.')) {
      values = values.flatMap((v) => (v !== null && typeof v === 'object' ? [(v as Record<string, unknown>)[step]] : [])).flatMap((v) => (Array.isArray(v) ? v : [v]));
    }
    for (const v of values) {
      const reference = v !== null && typeof v === 'object' ? (v as { reference?: unknown }).reference : undefined;
      if (typeof reference === 'string') out.push(reference);
    }
  }
  return out;
}

/** `http://host/fhir/r4`, from the self link of the search. */
function fullUrlOrigin(bundle: Bundle): string {
  const self = bundle.link?.find((l) => l.relation === 'self')?.url ?? '';
  const path = self.split('?')[0] as string;
  return path.slice(0, path.lastIndexOf('/'));
}
