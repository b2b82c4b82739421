/**
 * Builds the AthenaClient for a command from the environment or a profile. A
 * secret never comes from a command-line flag: it would end up in shell history
 * and in the process list.
 */
import { AthenaClient, ENVIRONMENTS, MemoryTokenStore, type AthenaClientOptions, type StoredToken } from 'athenahealth-sdk';
import { configPath, getProfile } from './config-file.js';

export interface GlobalOptions {
  profile?: string;
  json?: boolean;
  verbose?: boolean;
}

/** A memory store that remembers the last token it was given, so `auth check` can show its expiry and scope. */
export class RecordingTokenStore extends MemoryTokenStore {
  last: StoredToken | undefined;

  override set(key: string, token: StoredToken): void {
    this.last = token;
    super.set(key, token);
  }
}

/** Every log line to stderr: `console.info` and `console.debug` would mix them into the data on stdout. */
const writeLine = (message: string) => {
  process.stderr.write(`${message}\n`);
};
const stderrLogger = { error: writeLine, warn: writeLine, info: writeLine, debug: writeLine };

export function createClient(globals: GlobalOptions, extra: AthenaClientOptions = {}): AthenaClient {
  const profileName = globals.profile ?? process.env.ATHENA_PROFILE;
  // The SDK's per-attempt log lines would bury the one error line a command prints: show them
  // with --verbose or ATHENA_LOG only.
  const logLevel = globals.verbose ? 'info' : process.env.ATHENA_LOG ? undefined : 'error';
  const options: AthenaClientOptions = { logLevel, logger: stderrLogger, ...extra };
  if (profileName) {
    const profile = getProfile(configPath(), profileName);
    // A profile is complete on its own: ATHENA_BASE_URL from the shell must not send its credentials elsewhere.
    const environment = profile.environment ?? 'preview';
    Object.assign(options, {
      clientId: profile.clientId,
      clientSecret: profile.clientSecret,
      practiceId: profile.practiceId,
      environment,
      baseUrl: profile.baseUrl ?? ENVIRONMENTS[environment].baseUrl,
    });
  }
  // Without a profile, AthenaClient reads ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET, ATHENA_PRACTICE_ID,
  // ATHENA_ENVIRONMENT and ATHENA_BASE_URL itself, and names the missing one in its ConfigurationError.
  return new AthenaClient(options);
}
