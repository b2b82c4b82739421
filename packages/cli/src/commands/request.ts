/** `athena request METHOD /path [--param k=v]...`: any endpoint under `/v1/{practiceid}`, printed as JSON. */
import { InvalidArgumentError, type Command } from 'commander';
import type { HttpMethod } from 'athenahealth-sdk';
import { withClient } from '../command-kit.js';
import { printJson } from '../output.js';
import { CliError } from '../exit-codes.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

function collectParam(value: string, previous: Record<string, string>): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('expected name=value.');
  return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
}

export function registerRequestCommand(program: Command): void {
  program
    .command('request')
    .description('Call any athena endpoint under /v1/{practiceid} and print the JSON answer')
    .argument('<method>', METHODS.join(', '))
    .argument('<path>', 'path after the practice, e.g. /patients/1')
    .option('--param <name=value>', 'a query (GET, DELETE) or form (POST, PUT) parameter; repeatable', collectParam, {})
    .addHelpText('after', '\nWrites (POST, PUT, DELETE) are sent once and never retried.\nExample: athena request GET /patients/1 --param showinsurance=true')
    .action((method: string, path: string, options: { param: Record<string, string> }, command: Command) => {
      const upper = method.toUpperCase();
      if (!(METHODS as readonly string[]).includes(upper)) throw new CliError(`The method must be one of ${METHODS.join(', ')}.`);
      return withClient(command, async (athena) => printJson(await athena.request(upper as HttpMethod, path, options.param)));
    });
}
