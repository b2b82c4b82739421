/** `athena profile set|list|remove`: named credentials in the config file (mode 0600). */
import type { Command } from 'commander';
import { configPath, readConfig, writeConfig, type Profile } from '../config-file.js';
import { CliError } from '../exit-codes.js';
import { globalsOf } from '../command-kit.js';
import { note, printRows } from '../output.js';
import { readSecret } from '../read-secret.js';

interface SetOptions {
  clientId: string;
  practiceId: string;
  environment?: string;
  baseUrl?: string;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export function registerProfileCommands(program: Command): void {
  const profile = program
    .command('profile')
    .description('Saved credentials (in $XDG_CONFIG_HOME/athena/config.json, mode 0600)')
    .addHelpText('after', '\nExample: athena profile set work --client-id ID --practice-id 195900 < secret.txt');
  profile
    .command('set')
    .description('Save or replace a profile; the client secret is read from stdin or a hidden prompt, never from a flag')
    .argument('<name>', 'profile name')
    .requiredOption('--client-id <id>', 'OAuth client id')
    .requiredOption('--practice-id <id>', 'practice id')
    .option('--environment <env>', 'preview or production', 'preview')
    .option('--base-url <url>', 'API origin (for the simulator or a proxy)')
    .addHelpText('after', '\nExample: athena profile set work --client-id ID --practice-id 195900 < secret.txt')
    .action(async (name: string, options: SetOptions) => {
      if (!NAME.test(name)) throw new CliError('A profile name may hold letters, digits, ".", "_" and "-" (at most 64).');
      if (options.environment !== 'preview' && options.environment !== 'production') {
        throw new CliError('--environment must be preview or production.');
      }
      const secret = (await readSecret('Client secret: ')).trim();
      if (secret === '') throw new CliError('No client secret given: pipe it on stdin or type it at the prompt.');
      const path = configPath();
      const config = readConfig(path);
      const entry: Profile = { clientId: options.clientId, clientSecret: secret, practiceId: options.practiceId, environment: options.environment };
      if (options.baseUrl) entry.baseUrl = options.baseUrl;
      config.profiles[name] = entry;
      writeConfig(path, config);
      note(`Saved profile '${name}' in ${path}. Use it with: athena --profile ${name} auth check`);
    });

  profile
    .command('list')
    .description('List profiles (never their secrets)')
    .addHelpText('after', '\nExample: athena profile list --json')
    .action((_options: unknown, command: Command) => {
      const rows = Object.entries(readConfig(configPath()).profiles).map(([name, p]) => ({
        name,
        clientId: p.clientId,
        practiceId: p.practiceId,
        environment: p.environment ?? 'preview',
        baseUrl: p.baseUrl ?? '',
      }));
      printRows(rows, globalsOf(command).json, ['name', 'clientId', 'practiceId', 'environment', 'baseUrl']);
    });

  profile
    .command('remove')
    .description('Delete a profile')
    .argument('<name>', 'profile name')
    .addHelpText('after', '\nExample: athena profile remove work')
    .action((name: string) => {
      const path = configPath();
      const config = readConfig(path);
      if (!config.profiles[name]) throw new CliError(`No profile named '${name}' in ${path}.`, 4);
      delete config.profiles[name];
      writeConfig(path, config);
      note(`Removed profile '${name}'.`);
    });
}
