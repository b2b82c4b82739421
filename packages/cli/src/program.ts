/**
 * The `athena` command line: one command group per file under commands/. This
 * module builds the program and turns every failure into a message on stderr and
 * an exit code (see exit-codes.ts).
 */
import { Command, CommanderError } from 'commander';
import { CLI_VERSION } from './version.js';
import { registerAppointmentCommands } from './commands/appointments.js';
import { registerAuthCommands } from './commands/auth.js';
import { registerCompletionCommand } from './commands/completion.js';
import { registerExportCommand } from './commands/export.js';
import { registerFhirCommands } from './commands/fhir.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerListCommands } from './commands/lists.js';
import { registerPatientCommands } from './commands/patients.js';
import { registerPracticeCommands } from './commands/practice.js';
import { registerProfileCommands } from './commands/profile.js';
import { registerRequestCommand } from './commands/request.js';
import { registerSimulatorCommand } from './commands/simulator.js';
import { describeFailure, ExitCode, type ExitCodeValue } from './exit-codes.js';

const EXIT_CODES_HELP = `
Credentials come from ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET and ATHENA_PRACTICE_ID
(with ATHENA_ENVIRONMENT and ATHENA_BASE_URL), or from --profile NAME (see 'athena profile set').
Instead of a secret, a private key: ATHENA_PRIVATE_KEY_FILE (see 'athena keys generate').
The token is kept between commands, sealed, under ~/.cache/athena; 'athena auth logout' deletes it.

Exit codes: 0 ok, 2 usage or configuration error, 3 authentication or permission refused,
4 not found, 5 other athena error, 6 network failure or timeout, 130 interrupted, 1 bug.

Examples:
  athena simulator                     # a local athena; prints the variables to export
  athena practice info
  athena patients search --lastname Smith --json`;

export function buildProgram(): Command {
  const program = new Command('athena')
    .description('Look at athenahealth data from the command line (athenahealth-sdk)')
    .version(CLI_VERSION, '-V, --version')
    .option('--profile <name>', 'use the credentials saved under this profile name')
    .option('--json', 'print JSON instead of a table')
    .option('--verbose', 'log each HTTP attempt and retry to stderr (no query values, bodies or tokens)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride();
  registerAuthCommands(program);
  registerKeysCommands(program);
  registerPracticeCommands(program);
  registerListCommands(program);
  registerPatientCommands(program);
  registerAppointmentCommands(program);
  registerRequestCommand(program);
  registerExportCommand(program);
  registerFhirCommands(program);
  registerSimulatorCommand(program);
  registerProfileCommands(program);
  registerCompletionCommand(program);
  // Subcommands inherit exitOverride and the output settings only when set before they are added; set them on each.
  const configure = (command: Command) => {
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
    command.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** Runs the tool with the arguments after `node athena`; resolves to the exit code. */
export async function runCli(args: readonly string[]): Promise<ExitCodeValue> {
  const program = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
    return (process.exitCode as ExitCodeValue | undefined) ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed the message (or the help / version).
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return done ? ExitCode.ok : ExitCode.usage;
    }
    const failure = describeFailure(error);
    process.stderr.write(`athena: ${failure.message}\n`);
    return failure.exitCode;
  }
}
