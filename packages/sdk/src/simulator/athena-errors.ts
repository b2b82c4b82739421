/**
 * The error bodies athena sends, in one place so routes and faults answer alike.
 * Backend (athenaNet) errors are JSON `{error, detailedmessage?}`; gateway errors are
 * not JSON at all, which is exactly what a client must survive.
 */

export function missingFields(missingfields: readonly string[]): object {
  return { error: 'Additional fields are required.', missingfields, invalidfields: [] };
}

export function invalidData(detailedmessage: string): object {
  return { error: 'The data provided is invalid.', detailedmessage };
}

export const invalidPractice = { error: 'Invalid practice.', detailedmessage: 'The practice ID does not exist.' };

export function notFound(method: string, path: string): object {
  return { error: 'The requested resource does not exist.', detailedmessage: `No endpoint ${method} ${path}.` };
}

export const tooManyRequests = {
  error: 'Too many requests.',
  detailedmessage: 'The rate limit for this API key was exceeded; retry later.',
};

export const quotaExceeded = {
  error: 'Daily quota exceeded.',
  detailedmessage: 'The daily request quota for this API key is used up; it resets at midnight GMT.',
};

/** Gateway 401 without a bearer token (text, as athena's gateway sends it). */
export const developerInactive = 'Developer Inactive';

/** Gateway 401 for an unknown, expired or revoked token (HTML, as athena's legacy gateway sent it). */
export const notAuthorizedHtml = '<h1>Not Authorized</h1>';

/** Gateway 5xx bodies are HTML pages, not JSON. */
export function gatewayHtml(status: number): string {
  const title = GATEWAY_TITLES[status] ?? 'Gateway Error';
  return `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
}

const GATEWAY_TITLES: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** An athena-like JSON body for an injected 4xx/5xx. */
export function defaultErrorBody(status: number): object {
  switch (status) {
    case 400:
      return invalidData('Simulated failure.');
    case 401:
      return { error: 'Incorrect permissions.', detailedmessage: 'Bad auth.' };
    case 403:
      return { error: 'Incorrect permissions.', detailedmessage: 'Bad auth.' };
    case 404:
      return { error: 'The requested resource does not exist.' };
    case 409:
      return {
        error: 'That appointment time was already booked or not available for booking.',
        detailedmessage: 'Simulated conflict.',
      };
    case 429:
      return tooManyRequests;
    default:
      return status >= 500
        ? { error: 'There was an error processing your request.', detailedmessage: 'Simulated server error.' }
        : { error: `Simulated failure (HTTP ${status}).` };
  }
}

export function isGatewayStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}
