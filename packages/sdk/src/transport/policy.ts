import type { HttpRequest, HttpResponse, Sender } from '../base/http.js';

/** One step of the pipeline: may change the request, call `next` zero or more times, or fail. */
export interface NamedPolicy {
  readonly name: string;
  /**
   * Handles one request: usually does its work, then passes the request on with `next`.
   * @example
   * const timing: NamedPolicy = {
   *   name: 'timing',
   *   async send(request, next) {
   *     const started = performance.now();
   *     try {
   *       return await next(request);
   *     } finally {
   *       metrics.observe(request.operation, performance.now() - started);
   *     }
   *   },
   * };
   */
  send(request: HttpRequest, next: Sender): Promise<HttpResponse>;
}
