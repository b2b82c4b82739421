/** What a row of the FHIR server's type table does (resource-types.ts), apart so rows in other files can name it. */
import type { FhirResource } from '../../internal.js';
import type { SimData } from '../data/index.js';
import type { Params } from '../params.js';

export interface FhirContext {
  practiceId: string;
  data: SimData;
}

export interface FhirTypeRow {
  read(ctx: FhirContext, id: string): FhirResource | undefined;
  search(ctx: FhirContext, params: Params): FhirResource[];
}
