import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource, type AthenaRecord } from '../core/resource.js';
import { practiceOperations as ops } from '../operations/practice.js';

export interface PracticeInfo extends AthenaRecord {
  practiceid: string;
  name?: string;
  /** `"true"` when the practice uses athenaClinicals. */
  hasclinicals?: string;
}

export class PracticeResource extends APIResource {
  /**
   * The client's practice.
   * @example
   * const info = await athena.practice.getPracticeInfo();
   * console.log(info.name);
   */
  getPracticeInfo(options?: RequestOptions): APIPromise<PracticeInfo> {
    return this.caller.call(ops.getPracticeInfo, {}, options);
  }

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
