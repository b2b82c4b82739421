import type { RequestOptions } from '../core/request-options.js';
import { GeneratedPracticeResource, practiceOperations as ops } from './practice.js';

/** The practice of the credentials, and a health check. */
export class PracticeResource extends GeneratedPracticeResource {
  /**
   * Checks that athena answers for this practice with these credentials.
   * @returns `true` when athena answers `{"pong":"true"}`.
   * @example
   * if (!(await athena.practice.ping())) console.warn('athena is not answering');
   */
  async ping(options?: RequestOptions): Promise<boolean> {
    const body = await this.caller.call<{ pong?: unknown }>(ops.ping, {}, options);
    return body?.pong === true || body?.pong === 'true';
  }
}
