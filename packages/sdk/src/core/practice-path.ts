import { ConfigurationError, InvalidRequestError } from '../base/errors.js';
import { encodePathSegment } from './encode.js';

/**
 * `/v1/{practiceid}`, the prefix of every practice-scoped REST path. It is built here and
 * nowhere else, with the same encoder as every other path segment, once per client.
 */
export function practicePathPrefix(practiceId: string): string {
  try {
    return `/v1/${encodePathSegment('practiceid', practiceId, 'practiceId')}`;
  } catch (error) {
    if (error instanceof InvalidRequestError) throw new ConfigurationError(error.message);
    throw error;
  }
}
