import { GeneratedReferenceResource } from './generated/reference.js';

/** Reference lists: allergies, medications, reactions, severities, ethnicities, races, languages, states... */
export class ReferenceResource extends GeneratedReferenceResource {}
