/**
 * FHIR read access by scope, as athena grants it: a token reads (and searches) a resource
 * type only with `system/<Type>.read` (SMART v1) or `system/<Type>.rs` (v2), or the same
 * for every type (`system/*.read`). athena's REST scope alone gives no FHIR access.
 * The simulator refuses with 403 and an OperationOutcome; `_include`d and
 * `_revinclude`d resources of a type the token cannot read are left out of the Bundle.
 */
import type { Outcome } from './outcome.js';

const READ_SCOPE = /^system\/([A-Z][A-Za-z]*|\*)\.(read|rs)$/;

/** Whether the scopes let their token read resources of `type`. */
export function grantsRead(scopes: readonly string[], type: string): boolean {
  for (const scope of scopes) {
    const match = READ_SCOPE.exec(scope);
    if (match !== null && (match[1] === '*' || match[1] === type)) return true;
  }
  return false;
}

/** The 403 for a read or search the token's scopes do not cover. */
export function missingScope(type: string): Outcome {
  return {
    status: 403,
    body: {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'forbidden', details: { text: `The access token does not grant system/${type}.read, which reading ${type} resources requires.` } }],
    },
  };
}
