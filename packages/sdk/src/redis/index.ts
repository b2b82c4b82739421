/**
 * `athenahealth-sdk/redis`: a token store and a rate limiter shared by many
 * processes through Redis. Bring your own ioredis client (an optional peer
 * dependency); the core SDK never loads it.
 */
export { RedisTokenStore } from './token-store.js';
export type { RedisTokenStoreOptions, Release } from './token-store.js';
export { RedisRateLimiter } from './rate-limiter.js';
export type { RedisRateLimiterOptions } from './rate-limiter.js';
export type { RedisClient } from './client.js';
export { DEFAULT_COMMAND_TIMEOUT_MS } from './health.js';
