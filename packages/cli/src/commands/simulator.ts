/** `athena simulator`: the embedded athena simulator in the foreground, until Ctrl-C or SIGTERM. */
import type { Command } from 'commander';
import { startSimulator } from 'athenahealth-sdk/simulator';
import { positiveInteger } from '../command-kit.js';
import { CliError, ExitCode } from '../exit-codes.js';

interface SimulatorCommandOptions {
  port: number;
  host: string;
  tokenTtl: number;
  qps?: number;
  tokensPerMinute: number;
  patients: number;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new CliError('--port must be a number from 0 to 65535.');
  return n;
}

/** A port that cannot be had is a usage problem with a fix, not a bug (exit 2, not 1). */
function listenFailure(error: unknown, port: number): CliError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new CliError(`port ${port} is in use; pick another with --port (0: any free port).`, ExitCode.usage);
  if (code === 'EACCES') return new CliError(`port ${port} needs privileges; pick one above 1023 with --port.`, ExitCode.usage);
  return undefined;
}

export function registerSimulatorCommand(program: Command): void {
  program
    .command('simulator')
    .description('Run the embedded athena simulator in the foreground and print the variables that point the SDK and this tool at it')
    .option('--port <n>', 'port to listen on (0: any free port)', port, 8787)
    .option('--host <address>', 'loopback address to listen on', '127.0.0.1')
    .option('--token-ttl <seconds>', 'lifetime of issued tokens', positiveInteger(86_400), 3600)
    .option('--qps <n>', 'API requests allowed per second before 429 (default: no limit)', positiveInteger(100_000))
    .option('--tokens-per-minute <n>', "token requests allowed per minute before 429 (athena: 5 in preview, 50 in production)", positiveInteger(100_000), 50)
    .option('--patients <n>', 'number of seeded patients', positiveInteger(1_000_000), 120)
    .addHelpText('after', '\nExample: athena simulator --port 8787 --tokens-per-minute 5')
    .action(async (options: SimulatorCommandOptions) => {
      if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
        throw new CliError('--host must be a loopback address: the simulator is for this machine only.');
      }
      const sim = await startSimulator({
        host: options.host,
        port: options.port,
        tokenTtlSeconds: options.tokenTtl,
        requestsPerSecond: options.qps,
        tokenRequestsPerWindow: options.tokensPerMinute,
        patientCount: options.patients,
      }).catch((error: unknown) => {
        throw listenFailure(error, options.port) ?? error;
      });
      process.stdout.write(
        [
          `athena simulator listening on ${sim.url} (practice ${sim.practiceId}); Ctrl-C to stop.`,
          'Point the SDK and the athena tool at it with:',
          `export ATHENA_BASE_URL=${sim.url}`,
          `export ATHENA_CLIENT_ID=${sim.clientId}`,
          `export ATHENA_CLIENT_SECRET=${sim.clientSecret}`,
          `export ATHENA_PRACTICE_ID=${sim.practiceId}`,
          '',
        ].join('\n'),
      );
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      await sim.stop();
      process.stderr.write(`athena simulator stopped (${signal}); it served ${sim.stats.apiRequests} API and ${sim.stats.tokenRequests} token requests.\n`);
      process.exitCode = ExitCode.ok;
    });
}
