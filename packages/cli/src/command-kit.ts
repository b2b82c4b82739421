/** Small helpers shared by the command groups: option parsers and the client's lifetime. */
import { InvalidArgumentError, type Command } from 'commander';
import type { AthenaClient, PagedList } from 'athenahealth-sdk';
import { createClient, type GlobalOptions } from './client.js';
import { CliError } from './exit-codes.js';
import { note, printRows, type Row } from './output.js';

/** The options given before or after the subcommand (`--profile`, `--json`). */
export function globalsOf(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Runs `body` with a client built from the environment or the profile, and releases its sockets after. */
export async function withClient<T>(command: Command, body: (athena: AthenaClient, globals: GlobalOptions) => Promise<T>): Promise<T> {
  const globals = globalsOf(command);
  const athena = createClient(globals);
  try {
    return await body(athena, globals);
  } finally {
    athena.close();
  }
}

export function positiveInteger(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}.`);
    }
    return n;
  };
}

function isValidIsoDate(value: string): boolean {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  return date !== undefined && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Option parser for a `YYYY-MM-DD` that is not patient data (commander echoes the value in its error). */
export function isoDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

/** Checks a date of birth in the action rather than as an option parser, so the error does not echo it. */
export function checkDateOfBirth(value: string | undefined): void {
  if (value !== undefined && !isValidIsoDate(value)) throw new CliError('--dob must be a date as YYYY-MM-DD.');
}

/**
 * Prints up to `limit` items of a paged list, and says on stderr when there are more, with
 * `more`: what else to do (it names real commands only; a test checks every hint).
 */
export async function printList<T extends Row>(
  list: PagedList<T>,
  options: { limit: number; json?: boolean | undefined; columns: string[]; what: string; more: string },
): Promise<void> {
  const rows: T[] = [];
  let total: number | undefined;
  let more = false;
  for await (const page of list.byPage()) {
    total ??= page.totalCount;
    for (const item of page.items) {
      if (rows.length >= options.limit) {
        more = true;
        break;
      }
      rows.push(item);
    }
    if (more || rows.length >= options.limit) {
      more ||= page.hasNextPage();
      break;
    }
  }
  printRows(rows, options.json, options.columns);
  if (more) {
    const of = total !== undefined ? ` of ${total}` : '';
    note(`Showing the first ${rows.length}${of} ${options.what}; ${options.more}.`);
  }
}
