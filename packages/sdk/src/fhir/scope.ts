/**
 * Builds the OAuth scope for client-credentials tokens: athena's REST scope and
 * `system/<Resource>.read` for each FHIR resource type wanted, in one token.
 */
import { DEFAULT_SCOPE } from '../auth/scopes.js';
import { InvalidRequestError } from '../base/errors.js';
import type { FhirResourceType } from './types.js';

export interface ScopeRequest {
  /** Include athena's REST scope `athena/service/Athenanet.MDP.*`. Default true. */
  rest?: boolean;
  /** FHIR resource types to read, e.g. `['Patient', 'Condition']`. */
  fhir?: readonly FhirResourceType[];
  /** SMART v1 `.read` (default) or v2 `.rs`. */
  smartVersion?: 'v1' | 'v2';
  /** Further scopes as given, e.g. `system/Subscription.write`. */
  extra?: readonly string[];
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]+$/;

/**
 * The scope list for the client's `scope` option.
 * @example
 * const athena = new AthenaClient({ scope: buildScope({ rest: true, fhir: ['Patient', 'Condition'] }) });
 * // 'athena/service/Athenanet.MDP.* system/Patient.read system/Condition.read'
 */
export function buildScope(request: ScopeRequest = {}): string {
  const scopes: string[] = [];
  if (request.rest !== false) scopes.push(DEFAULT_SCOPE);
  const suffix = request.smartVersion === 'v2' ? 'rs' : 'read';
  for (const type of request.fhir ?? []) {
    if (typeof type !== 'string' || !RESOURCE_TYPE.test(type)) throw new InvalidRequestError('buildScope: FHIR resource types are names such as Patient.');
    scopes.push(`system/${type}.${suffix}`);
  }
  for (const scope of request.extra ?? []) {
    if (typeof scope !== 'string' || scope.trim() === '' || /\s/.test(scope.trim())) {
      throw new InvalidRequestError('buildScope: each extra scope must be one word.');
    }
    scopes.push(scope.trim());
  }
  const unique = [...new Set(scopes)];
  if (unique.length === 0) throw new InvalidRequestError('buildScope: asks for no scope at all.');
  return unique.join(' ');
}
