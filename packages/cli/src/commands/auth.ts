/**
 * `athena auth check`: gets a new token and shows what it is good for, never the token itself
 * unless asked. `athena auth logout`: forgets the tokens cached between commands.
 */
import type { Command } from 'commander';
import { createClient, RecordingTokenStore } from '../client.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { globalsOf } from '../command-kit.js';
import { note, printJson, printRecord } from '../output.js';
import { clearTokenCache } from '../token-cache/file-token-store.js';
import { tokenCacheDir } from '../token-cache/location.js';

export function registerAuthCommands(program: Command): void {
  const auth = program.command('auth').description('Check credentials; forget cached tokens').addHelpText('after', '\nExample: athena auth check');
  auth
    .command('check')
    .description('Get a new token (proving the credentials) and call /ping; print the environment, practice, scopes and token expiry')
    .option('--show-token', 'also print the access token (it grants API access until it expires: keep it private)')
    .addHelpText('after', '\nThe new token is cached for the next commands, like any other.\nExample: athena auth check --json')
    .action(async (options: { showToken?: boolean }, command: Command) => {
      const globals = globalsOf(command);
      let recording: RecordingTokenStore | undefined;
      const athena = createClient(globals, { wrapTokenStore: (store) => (recording = new RecordingTokenStore(store, { fresh: true })) });
      try {
        const pong = await athena.practice.ping();
        const token = recording?.last;
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

  auth
    .command('logout')
    .description('Delete the tokens cached between commands (sealed files under ~/.cache/athena); the next command asks athena for a new one')
    .addHelpText('after', '\nThe cache folder is $ATHENA_CACHE_DIR/tokens, else $XDG_CACHE_HOME/athena/tokens, else ~/.cache/athena/tokens.\nExample: athena auth logout')
    .action(() => {
      const dir = tokenCacheDir();
      const removed = clearTokenCache(dir);
      note(removed === 0 ? `No cached token in ${dir}.` : `Deleted ${removed} cached token${removed === 1 ? '' : 's'} from ${dir}.`);
    });
}
