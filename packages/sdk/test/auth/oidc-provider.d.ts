// The little of oidc-provider (a dev dependency without bundled types) that the interop test uses.
declare module 'oidc-provider' {
  import type { RequestListener } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): RequestListener;
    ClientCredentials: { find(token: string): Promise<{ clientId: string; scope?: string } | undefined> };
  }
}
