/**
 * athena's FHIR error bodies: OperationOutcomes, in one place so every FHIR route answers alike.
 * Texts marked "athena" are athena's own (recorded 2026); the others are the simulator's.
 */
import { describeCombinations, type SearchCombinations } from '../../internal.js';

export interface Outcome {
  status: number;
  body: Record<string, unknown>;
}

function outcome(status: number, severity: string, code: string, text: string): Outcome {
  return { status, body: { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] } };
}

/** athena: 400 when a request lacks `ah-practice`. */
export const missingPractice = outcome(
  400,
  'error',
  'required',
  'Could not determine what practice the request was for. Add the `ah-practice` search parameter to your request.',
);

export const otherPractice = outcome(403, 'error', 'forbidden', 'The credentials are not authorized for the requested practice.');

/** athena: a search without one of the type's required parameter combinations. */
export function missingCombination(combinations: SearchCombinations): Outcome {
  return outcome(
    400,
    'fatal',
    'forbidden',
    `The search query could not be performed because one of the required parameter combinations ${describeCombinations(combinations)} was not provided.`,
  );
}

export function notFound(type: string): Outcome {
  return outcome(404, 'error', 'not-found', `The requested ${type} resource was not found.`);
}

export function unsupported(what: string): Outcome {
  return outcome(404, 'error', 'not-supported', `${what} is not supported.`);
}

export function methodNotAllowed(what: string): Outcome {
  return outcome(405, 'error', 'not-supported', `${what} is not supported.`);
}

export function invalid(text: string): Outcome {
  return outcome(400, 'error', 'invalid', text);
}
