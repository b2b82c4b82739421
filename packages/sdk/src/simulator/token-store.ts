import { randomBytes } from 'node:crypto';

interface Issued {
  expiresAt: number;
  /** The scopes granted, as the token response listed them (the FHIR server checks them). */
  scopes: readonly string[];
}

/** Issued bearer tokens, when each expires and what it may do. */
export class TokenStore {
  private tokens = new Map<string, Issued>();

  issue(ttlSeconds: number, now: number, scopes: readonly string[] = []): string {
    if (this.tokens.size >= 10_000) this.sweep(now);
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { expiresAt: now + ttlSeconds * 1000, scopes });
    return token;
  }

  isValid(token: string, now: number): boolean {
    const issued = this.tokens.get(token);
    return issued !== undefined && issued.expiresAt > now;
  }

  /** The scopes of a token issued here, or an empty list for an unknown one. */
  scopesOf(token: string): readonly string[] {
    return this.tokens.get(token)?.scopes ?? [];
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  /** Forgets expired tokens so a long benchmark does not grow the map without bound. */
  private sweep(now: number): void {
    for (const [token, issued] of this.tokens) if (issued.expiresAt <= now) this.tokens.delete(token);
  }
}
