// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
/** The parameter types of the generated resource methods. */
export type * from './admin.js';
export type * from './appointment-reasons.js';
export type * from './appointment-types.js';
export type * from './appointments.js';
export type * from './changes.js';
export type * from './chart.js';
export type * from './claims.js';
export type * from './custom-fields.js';
export type * from './departments.js';
export type * from './documents.js';
export type * from './encounters.js';
export type * from './insurance.js';
export type * from './patients.js';
export type * from './payments.js';
export type * from './providers.js';
export type * from './reference.js';
