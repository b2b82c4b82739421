/**
 * How the client proves who it is at the token endpoint: a client secret (HTTP Basic) or a
 * private key (a signed JWT assertion). Either may be a value or a provider, a function that
 * returns the value or a promise of it (a secret manager lookup). A provider is called only
 * when a token is requested, once per token request (the token manager's single flight shares
 * it between concurrent calls), and once more after athena refuses the value (`invalid_client`),
 * so a rotated secret or key is picked up without a restart.
 */
import { ConfigurationError, CredentialProviderError } from '../base/errors.js';
import { basicCredential } from '../base/redact.js';
import {
  checkPrivateKeyInput,
  importSigningKey,
  jwkThumbprint,
  privateKeyValues,
  type JwsAlgorithm,
  type PrivateKeyInput,
  type SigningKey,
} from '../base/signing-key.js';

/** What a provider is told about the call. */
export interface CredentialRequest {
  /**
   * True when the token endpoint refused the value this provider returned last
   * (`invalid_client`): a provider that caches should fetch a fresh one now (say, after a rotation).
   */
  refused: boolean;
}

/**
 * A function returning a credential or a promise of it: called when a token is needed, never
 * at construction. It may cache; `request.refused` says when its cached value was refused.
 */
export type CredentialProvider<T> = (request: CredentialRequest) => T | Promise<T>;

/** A client secret, or a provider of one. */
export type ClientSecretOption = string | CredentialProvider<string>;
/** A private key (PEM, JWK, KeyObject or CryptoKey), or a provider of one. */
export type PrivateKeyOption = PrivateKeyInput | CredentialProvider<PrivateKeyInput>;

/** One token request's proof. */
export type Credential = { kind: 'secret'; clientSecret: string } | { kind: 'key'; key: SigningKey; keyId: string };

export interface ClientCredentialsOptions {
  /** The client id: the Basic credential of each secret is redacted too. */
  clientId: string;
  clientSecret?: ClientSecretOption | undefined;
  privateKey?: PrivateKeyOption | undefined;
  /** Where `privateKey` came from, for messages (`privateKey`, `ATHENA_PRIVATE_KEY_FILE`, …). */
  privateKeySource?: string;
  keyId?: string | undefined;
  algorithm?: JwsAlgorithm | undefined;
  /** A provider that has not answered after this long fails with CredentialProviderError. */
  providerTimeoutMs: number;
}

/** At most this many values are kept for redaction: the current ones and a few rotated out. */
const REMEMBERED_VALUES = 32;

export class ClientCredentials {
  /** The client authentication method, as OAuth names it. */
  readonly method: 'client_secret_basic' | 'private_key_jwt';
  /** True when the value comes from a provider: asking again after a refusal may help. */
  readonly fromProvider: boolean;
  /**
   * Every credential value seen so far (secrets, key material), for redaction from logs and
   * errors. A live list: values from a provider join it when they arrive.
   */
  readonly secrets: string[] = [];
  readonly #options: ClientCredentialsOptions;
  /** The last key imported, by the value it came from, so a provider's unchanged answer is not imported again. */
  #imported: { input: PrivateKeyInput; key: Promise<Credential> } | undefined;

  constructor(options: ClientCredentialsOptions) {
    this.#options = options;
    const { clientSecret, privateKey } = options;
    this.method = privateKey !== undefined ? 'private_key_jwt' : 'client_secret_basic';
    const given = privateKey ?? clientSecret;
    this.fromProvider = typeof given === 'function';
    if (given === undefined) throw new ConfigurationError('Missing credentials: pass clientSecret or privateKey.');
    if (typeof given !== 'function') {
      if (privateKey !== undefined) checkPrivateKeyInput(privateKey, this.#keySource());
      this.#remember(privateKey !== undefined ? privateKeyValues(privateKey) : this.#secretValues(clientSecret as string));
    }
  }

  /** The credential for one token request: a provider is called once, within `providerTimeoutMs`. */
  async get(request: CredentialRequest): Promise<Credential> {
    const { clientSecret, privateKey } = this.#options;
    if (privateKey !== undefined) {
      const input = typeof privateKey === 'function' ? await this.#call(privateKey, request, 'privateKey') : privateKey;
      return this.#signingCredential(input);
    }
    const secret = typeof clientSecret === 'function' ? await this.#call(clientSecret, request, 'clientSecret') : clientSecret;
    if (typeof secret !== 'string' || secret.trim() === '') {
      throw new CredentialProviderError('The clientSecret provider returned no secret (a non-empty string is needed).', { option: 'clientSecret' });
    }
    if (secret !== clientSecret) this.#remember(this.#secretValues(secret));
    return { kind: 'secret', clientSecret: secret };
  }

  #signingCredential(input: PrivateKeyInput): Promise<Credential> {
    if (this.#imported?.input === input) return this.#imported.key;
    if (typeof this.#options.privateKey === 'function') {
      try {
        checkPrivateKeyInput(input, 'the privateKey provider\'s key');
      } catch (error) {
        return Promise.reject(new CredentialProviderError(`The privateKey provider returned an unusable key: ${(error as Error).message}`, { option: 'privateKey' }));
      }
      this.#remember(privateKeyValues(input));
    }
    const key = this.#import(input);
    this.#imported = { input, key };
    // A failed import is not kept: the next token request tries again (a provider may fix its answer).
    key.catch(() => {
      if (this.#imported?.key === key) this.#imported = undefined;
    });
    return key;
  }

  async #import(input: PrivateKeyInput): Promise<Credential> {
    const key = await importSigningKey(input, this.#options.algorithm, this.#keySource());
    const keyId = this.#options.keyId ?? key.kid ?? (key.publicJwk ? await jwkThumbprint(key.publicJwk) : undefined);
    if (keyId === undefined) {
      throw new ConfigurationError('keyId is needed: the key is a non-extractable CryptoKey, so its JWK thumbprint cannot be computed (ATHENA_KEY_ID).');
    }
    return { kind: 'key', key, keyId };
  }

  #keySource(): string {
    return this.#options.privateKeySource ?? 'privateKey';
  }

  /** Calls a provider once, bounded by the provider time limit; its failure is a CredentialProviderError that never holds a value. */
  async #call<T>(provider: CredentialProvider<T>, request: CredentialRequest, option: 'clientSecret' | 'privateKey'): Promise<T> {
    const limitMs = this.#options.providerTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CredentialProviderError(`The ${option} provider did not answer within ${limitMs} ms.`, { option, timedOut: true })), limitMs);
    });
    try {
      return await Promise.race([Promise.resolve().then(() => provider({ refused: request.refused })), timedOut]);
    } catch (error) {
      // The SDK's own errors (say, ATHENA_PRIVATE_KEY_FILE unreadable) already say what is wrong.
      if (error instanceof CredentialProviderError || error instanceof ConfigurationError) throw error;
      const name = error instanceof Error ? error.name : typeof error;
      throw new CredentialProviderError(`The ${option} provider failed (${name}). No request was sent.`, { option, cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** A secret as given and as its Basic credential: either may be echoed. */
  #secretValues(secret: string): string[] {
    return [secret, basicCredential(this.#options.clientId, secret)];
  }

  #remember(values: string[]): void {
    for (const value of values) {
      if (typeof value !== 'string' || value.length < 2 || this.secrets.includes(value)) continue;
      this.secrets.push(value);
    }
    if (this.secrets.length > REMEMBERED_VALUES) this.secrets.splice(0, this.secrets.length - REMEMBERED_VALUES);
  }

  toJSON(): Record<string, unknown> {
    return { type: 'ClientCredentials', method: this.method, fromProvider: this.fromProvider };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `ClientCredentials { method: ${this.method}, fromProvider: ${this.fromProvider} }`;
  }
}
