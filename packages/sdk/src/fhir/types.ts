/**
 * FHIR R4 types are the SDK's own (./r4.ts, generated from @types/fhir for the resources
 * athena serves), so its published declarations need no other package.
 */
import type * as fhir4 from './r4.js';
import type { Bundle, FhirResource, OperationOutcome, Parameters, Resource } from './r4.js';

export type { Bundle, FhirResource, OperationOutcome, Parameters, Resource };

/**
 * Every R4 declaration the SDK has, e.g. `fhir4.Patient`, `fhir4.CodeableConcept`: the
 * name @types/fhir gives them, so code written against it keeps compiling.
 */
export type { fhir4 };

/** Every R4 resource type name, e.g. `'Patient'`. */
export type FhirResourceType = FhirResource['resourceType'];

/** The resource interface for a type name: `ResourceOf<'Patient'>` is the R4 Patient. */
export type ResourceOf<K extends FhirResourceType> = Extract<FhirResource, { resourceType: K }>;

/** A search parameter value; an array repeats the parameter (FHIR's AND), a comma inside one value is FHIR's OR. */
export type FhirSearchValue = string | number | boolean | readonly (string | number | boolean)[];

/** Search parameters by name, modifiers included (`family:exact`, `_lastUpdated`). `undefined` is skipped. */
export type FhirSearchParams = Readonly<Record<string, FhirSearchValue | undefined>>;
