/**
 * Named credential profiles in `$XDG_CONFIG_HOME/athena/config.json` (or
 * `~/.config/athena/config.json`; `ATHENA_CONFIG` overrides the path). The file
 * holds client secrets, so it is written with mode 0600 in a 0700 directory,
 * atomically (a temporary file renamed over the old one).
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError, ExitCode } from './exit-codes.js';

export interface Profile {
  clientId: string;
  clientSecret: string;
  practiceId: string;
  environment?: 'preview' | 'production';
  baseUrl?: string;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

type Env = Record<string, string | undefined>;

export function configPath(env: Env = process.env): string {
  if (env.ATHENA_CONFIG) return env.ATHENA_CONFIG;
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'athena', 'config.json');
}

export function readConfig(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new CliError(`Cannot read the config file ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.profiles !== 'object' || parsed.profiles === null) throw new Error('no profiles');
    return { profiles: parsed.profiles };
  } catch {
    throw new CliError(`The config file ${path} is not valid: fix or delete it, then run 'athena profile set NAME' again.`);
  }
}

export function writeConfig(path: string, config: ConfigFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // The mode of writeFileSync is filtered by the umask; make it exact.
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export function getProfile(path: string, name: string): Profile {
  const profile = readConfig(path).profiles[name];
  if (!profile) {
    throw new CliError(`No profile named '${name}' in ${path}. Create it with: athena profile set ${name} --client-id ID --practice-id ID`, ExitCode.usage);
  }
  return profile;
}
