import type { Logger } from '../../base/logger.js';
import { headerOf, type HttpRequest } from '../../base/http.js';
import type { NamedPolicy } from '../policy.js';

/**
 * One line per attempt. Only the path before `?` is logged: query values are
 * patient data. Headers and bodies are never logged.
 */
export function createLogPolicy(logger: Logger): NamedPolicy {
  return { name: 'log', send };

  async function send(request: HttpRequest, next: (request: HttpRequest) => ReturnType<NamedPolicy['send']>) {
    const started = Date.now();
    try {
      const response = await next(request);
      const ms = Date.now() - started;
      const serverId = headerOf(response, 'x-request-id');
      const line = `athena ${describe(request)} -> ${response.status} in ${ms} ms (request id ${request.headers['x-request-id']}${serverId ? `, server ${serverId}` : ''})`;
      if (response.status >= 500 || response.status === 429) logger.warn(line);
      else if (response.status >= 400) logger.info(line);
      else logger.debug(line);
      return response;
    } catch (error) {
      logger.warn(`athena ${describe(request)} failed after ${Date.now() - started} ms: ${(error as Error).name} (request id ${request.headers['x-request-id']})`);
      throw error;
    }
  }
}

function describe(request: HttpRequest): string {
  const q = request.path.indexOf('?');
  return `${request.method} ${q === -1 ? request.path : request.path.slice(0, q)}`;
}
