/** `athena auth check`: gets a token and shows what it is good for, never the token itself unless asked. */
import type { Command } from 'commander';
import { createClient, RecordingTokenStore } from '../client.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { globalsOf } from '../command-kit.js';
import { printJson, printRecord } from '../output.js';

export function registerAuthCommands(program: Command): void {
  const auth = program.command('auth').description('Check credentials');
  auth
    .command('check')
    .description('Get a token and call /ping; print the environment, practice, scopes and token expiry')
    .option('--show-token', 'also print the access token (it grants API access until it expires: keep it private)')
    .action(async (options: { showToken?: boolean }, command: Command) => {
      const globals = globalsOf(command);
      const store = new RecordingTokenStore();
      const athena = createClient(globals, { tokenStore: store });
      try {
        const pong = await athena.practice.ping();
        const token = store.last;
        if (!token) throw new CliError('The SDK did not report a token; this is a bug in the athena tool.', ExitCode.internal);
        const info: Record<string, unknown> = {
          environment: athena.environment,
          baseUrl: athena.baseUrl,
          practiceId: athena.practiceId,
          scopes: token.scope ?? '(not reported by the token endpoint)',
          tokenType: token.tokenType,
          expiresAt: new Date(token.expiresAt).toISOString(),
          expiresInSeconds: Math.max(0, Math.round((token.expiresAt - Date.now()) / 1000)),
          ping: pong ? 'pong' : 'unexpected answer',
        };
        if (options.showToken) info.accessToken = token.accessToken;
        if (globals.json) printJson(info);
        else printRecord(info, false);
        if (!pong) throw new CliError('athena accepted the token but /ping did not answer pong.', ExitCode.api);
      } finally {
        athena.close();
      }
    });
}
