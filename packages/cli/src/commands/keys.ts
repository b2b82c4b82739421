/**
 * `athena keys generate`: makes a key pair for private_key_jwt client authentication. The
 * private key is written to a file only its owner may read (mode 0600), never printed; the
 * public half is printed as the JWKS to register with athena (imported in the developer portal,
 * or hosted at a URL). Its `kid` is the key's RFC 7638 thumbprint, the kid the SDK signs with
 * when ATHENA_KEY_ID is not set.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import { note, printJson } from '../output.js';

const ALGORITHMS = ['RS384', 'ES384', 'RS256', 'ES256'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

export function registerKeysCommands(program: Command): void {
  const keys = program
    .command('keys')
    .description('Key pairs for client authentication with a signed JWT (private_key_jwt)')
    .addHelpText('after', '\nExample: athena keys generate --alg ES384 --out athena-key.pem');
  keys
    .command('generate')
    .description('Write a new private key (mode 0600) and print the public JWKS to register with athena')
    .option('--alg <alg>', `signing algorithm: ${ALGORITHMS.join(', ')}`, 'RS384')
    .option('--out <file>', 'where to write the private key (PEM); an existing file is never overwritten', 'athena-private-key.pem')
    .addHelpText(
      'after',
      '\nThen register the printed JWKS for your app and set ATHENA_PRIVATE_KEY_FILE to the key file.' +
        '\nExample: athena keys generate --alg ES384 --out ~/.config/athena/key.pem > jwks.json',
    )
    .action((options: { alg: string; out: string }) => {
      if (!(ALGORITHMS as readonly string[]).includes(options.alg)) throw new CliError(`--alg must be one of ${ALGORITHMS.join(', ')}.`);
      const algorithm = options.alg as Algorithm;
      const { privateKey, publicKey } = algorithm.startsWith('ES')
        ? generateKeyPairSync('ec', { namedCurve: algorithm === 'ES256' ? 'P-256' : 'P-384' })
        : generateKeyPairSync('rsa', { modulusLength: 3072 });
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
      const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
      const file = resolve(options.out);
      try {
        // 'wx': never replace a key that may already be registered; 0600: readable by its owner only.
        writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'EEXIST') throw new CliError(`${file} already exists; choose another --out (an existing key is never overwritten).`);
        throw new CliError(`Could not write ${file} (${code ?? 'error'}).`, ExitCode.usage);
      }
      const kid = thumbprint(jwk);
      printJson({ keys: [{ ...jwk, kid, alg: algorithm, use: 'sig' }] });
      note(`Private key written to ${file} (mode 0600). Register the JWKS above with athena, then: export ATHENA_PRIVATE_KEY_FILE=${file}`);
    });
}

/** RFC 7638: SHA-256 of the required members in lexicographic order, base64url. */
function thumbprint(jwk: Record<string, string>): string {
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}
