/**
 * FHIR R4 types come from `@types/fhir` (DefinitelyTyped, types only: no runtime code).
 * The SDK re-exports the few it names so callers need not import `fhir/r4` themselves.
 */
import type { Bundle, FhirResource, OperationOutcome, Parameters, Resource } from 'fhir/r4';

export type { Bundle, FhirResource, OperationOutcome, Parameters, Resource };

/** Every R4 resource type name, e.g. `'Patient'`. */
export type FhirResourceType = FhirResource['resourceType'];

/** The resource interface for a type name: `ResourceOf<'Patient'>` is `fhir4.Patient`. */
export type ResourceOf<K extends FhirResourceType> = Extract<FhirResource, { resourceType: K }>;

/** A search parameter value; an array repeats the parameter (FHIR's AND), a comma inside one value is FHIR's OR. */
export type FhirSearchValue = string | number | boolean | readonly (string | number | boolean)[];

/** Search parameters by name, modifiers included (`family:exact`, `_lastUpdated`). `undefined` is skipped. */
export type FhirSearchParams = Readonly<Record<string, FhirSearchValue | undefined>>;
