import { randomBytes } from 'node:crypto';

/** Issued bearer tokens and when each expires. */
export class TokenStore {
  private tokens = new Map<string, number>();

  issue(ttlSeconds: number, now: number): string {
    if (this.tokens.size >= 10_000) this.sweep(now);
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, now + ttlSeconds * 1000);
    return token;
  }

  isValid(token: string, now: number): boolean {
    const expiresAt = this.tokens.get(token);
    return expiresAt !== undefined && expiresAt > now;
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  /** Forgets expired tokens so a long benchmark does not grow the map without bound. */
  private sweep(now: number): void {
    for (const [token, expiresAt] of this.tokens) if (expiresAt <= now) this.tokens.delete(token);
  }
}
