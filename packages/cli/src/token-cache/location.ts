/**
 * Where the token cache lives: `$ATHENA_CACHE_DIR` (tests, unusual setups), else
 * `$XDG_CACHE_HOME/athena`, else `~/.cache/athena`; tokens go in its `tokens/` folder.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

const set = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value : undefined);

export function tokenCacheDir(env: Env = process.env): string {
  const athenaDir = set(env.ATHENA_CACHE_DIR) ?? join(set(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache'), 'athena');
  return join(athenaDir, 'tokens');
}
