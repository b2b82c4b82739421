/**
 * The SDK's log lines on stderr (stdout holds the data). Which raw lines show is the user's
 * choice: all of them with --verbose, those at ATHENA_LOG's level or above, else none, so the
 * one error line a command prints is not buried. Whatever the level, a wait for athena's
 * token budget (the SDK's "no token request for N ms" after a 429, or "next token request in
 * N ms" when its own count is spent) is told in one plain line, so a command never sits
 * silent for up to a minute.
 */
import type { Logger, LogLevel } from 'athenahealth-sdk';

const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];
const TOKEN_WAIT = /(?:no token request for|next token request in) (\d+) ms/;

export function isLogLevel(value: string): value is LogLevel {
  return (LEVELS as readonly string[]).includes(value);
}

/** The SDK must log at least at 'info' for the CLI to hear about budget waits; the user may want more. */
export function sdkLogLevel(shown: LogLevel): LogLevel {
  return LEVELS.indexOf(shown) > LEVELS.indexOf('info') ? shown : 'info';
}

export function createCliLogger(shown: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  let waitingUntil = 0;
  const emit = (level: Exclude<LogLevel, 'off'>) => (message: string) => {
    if (LEVELS.indexOf(level) <= LEVELS.indexOf(shown)) write(message);
    const wait = TOKEN_WAIT.exec(message);
    if (!wait) return;
    const until = Date.now() + Number(wait[1]);
    // A 429 logs both lines, one after the other: tell it once.
    if (until <= waitingUntil + 1000) return;
    waitingUntil = until;
    const seconds = Math.max(1, Math.ceil(Number(wait[1]) / 1000));
    write(`athena: athena's limit on token requests is reached; waiting ${seconds} s before asking for a new token (Ctrl-C to stop).`);
  };
  return { error: emit('error'), warn: emit('warn'), info: emit('info'), debug: emit('debug') };
}
