/**
 * Logging. The SDK logs one line per attempt: method, path (never the query: it
 * holds PHI such as names and dates of birth), status, duration and request ids.
 * Never bodies, never secrets. Any console-like logger fits (console, pino, winston).
 */

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/**
 * Any console-like logger. Each method gets one finished line.
 * @example
 * const athena = new AthenaClient({ logger: pino(), logLevel: 'info' });
 */
export interface Logger {
  /**
   * @example
   * logger.error('athena GET /v1/195900/patients -> 500 in 12 ms');
   */
  error(message: string): void;
  /**
   * @example
   * logger.warn('athena token endpoint answered 429; no token request for 41000 ms');
   */
  warn(message: string): void;
  /**
   * @example
   * logger.info('athena GET /patients: retrying after 503 in 480 ms');
   */
  info(message: string): void;
  /**
   * @example
   * logger.debug('athena GET /v1/195900/patients/1 -> 200 in 8 ms');
   */
  debug(message: string): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

/** What a levelled logger's method is when its level is off: callers may skip building the line. */
export const DROPPED_LINE = (): void => {};

/** A logger that drops lines below `level`; `undefined` when nothing would ever be logged. */
export function createLevelledLogger(logger: Logger, level: LogLevel): Logger | undefined {
  if (level === 'off') return undefined;
  const at = (method: Exclude<LogLevel, 'off'>) => (RANK[level] >= RANK[method] ? (message: string) => logger[method](message) : DROPPED_LINE);
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
