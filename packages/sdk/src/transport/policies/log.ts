import { DROPPED_LINE, type Logger } from '../../base/logger.js';
import { headerOf, type HttpRequest, type HttpResponse } from '../../base/http.js';
import { addSentValues, cleanRequestId, CREDENTIALS_ONLY, mayHoldSentValue, Redactor } from '../../base/redact.js';
import type { NamedPolicy } from '../policy.js';

/**
 * One line per attempt. Only the path before `?` is logged: query values are
 * patient data. Headers and bodies are never logged. The server's request id is logged
 * only when it looks like an id, without the call's own values or credential in it.
 */
export function createLogPolicy(logger: Logger): NamedPolicy {
  // At the default level ('warn') a success's line is dropped: it is not built either.
  const successesLogged = logger.debug !== DROPPED_LINE;
  return { name: 'log', send };

  async function send(request: HttpRequest, next: (request: HttpRequest) => ReturnType<NamedPolicy['send']>) {
    const started = Date.now();
    try {
      const response = await next(request);
      if (response.status < 400 && !successesLogged) return response;
      const ms = Date.now() - started;
      const serverId = serverRequestId(request, response);
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

/**
 * The server's `X-Request-Id` if id-shaped, with any value the call sent (query, body, its
 * credential) replaced in it. The client secret is replaced by the client's logger wrapper.
 */
function serverRequestId(request: HttpRequest, response: HttpResponse): string | undefined {
  const id = cleanRequestId(headerOf(response, 'x-request-id'), CREDENTIALS_ONLY);
  if (id === undefined) return undefined;
  // The common case, an id holding none of them, is screened without parsing the request.
  if (!mayHoldSentValue(id, request)) return id;
  const sent: string[] = [];
  addSentValues(request, sent);
  return new Redactor(sent).redact(id);
}
