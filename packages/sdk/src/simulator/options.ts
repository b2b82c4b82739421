import type { SimulatorOptions } from './types.js';

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'requestsPerSecond'>> & {
  /** `undefined`: no per-second throttle. */
  requestsPerSecond: number | undefined;
};

/** Fills in the defaults documented on {@link SimulatorOptions}. */
export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    clientId: options.clientId ?? 'sim-client-id',
    clientSecret: options.clientSecret ?? 'sim-client-secret',
    jwks: options.jwks ?? { keys: [] },
    practiceId: options.practiceId ?? '195900',
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    expiresInAsString: options.expiresInAsString ?? true,
    tokenRequestsPerWindow: options.tokenRequestsPerWindow ?? 5,
    tokenRateWindowMs: options.tokenRateWindowMs ?? 60_000,
    requestsPerSecond: options.requestsPerSecond,
    dailyQuota: options.dailyQuota ?? 50_000,
    patientCount: options.patientCount ?? 120,
    latencyMs: options.latencyMs ?? 0,
    recordRequests: options.recordRequests ?? true,
  };
}
