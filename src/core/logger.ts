/**
 * Logging. The SDK logs one line per attempt: method, path (never the query: it
 * holds PHI such as names and dates of birth), status, duration and request ids.
 * Never bodies, never secrets. Any console-like logger fits (console, pino, winston).
 */

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

/** A logger that drops lines below `level`; `undefined` when nothing would ever be logged. */
export function createLevelledLogger(logger: Logger, level: LogLevel): Logger | undefined {
  if (level === 'off') return undefined;
  const noop = () => {};
  const at = (method: Exclude<LogLevel, 'off'>) => (RANK[level] >= RANK[method] ? (message: string) => logger[method](message) : noop);
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
