/**
 * The Lua scripts: each runs atomically on the Redis server, so no two processes
 * can interleave a check and the write that depends on it. Times come from the
 * server's clock (TIME), the one clock all processes share.
 */
import { LuaScript } from './client.js';

/** Stores a token unless the stored one was obtained later (a stale writer cannot replace a newer token). */
export const SET_IF_NEWER = new LuaScript(`
local current = redis.call('GET', KEYS[1])
if current then
  local at = tonumber(string.match(current, '^v1%.(%d+)%.'))
  if at and at > tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1
`);

/** Deletes the token only when it is still the one with this fingerprint. */
export const DELETE_IF_TOKEN = new LuaScript(`
local current = redis.call('GET', KEYS[1])
if current and string.match(current, '^v1%.%d+%.([^.]+)%.') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`);

/** Releases a lock only when it still holds our value (it may have expired and been taken by another process). */
export const RELEASE_LOCK = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * The token budget as a sliding log: at most ARGV[1] requests in any ARGV[2] ms
 * (stricter than athena's fixed minute, so never over it). Returns 0 with a slot
 * taken, or the ms to wait. KEYS[2] holds the block after a 429.
 */
export const TAKE_TOKEN_SLOT = new LuaScript(`
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`);

/**
 * GCRA without burst, in microseconds: reserves the next slot ARGV[1] µs after the
 * previous one and returns the µs to wait for it, or -1 (nothing reserved) when that
 * is more than ARGV[2] µs away. When the interval shrinks, outstanding reservations
 * are rescaled to it. KEYS[1] is a hash: next slot time and the interval it used.
 */
export const RESERVE_SLOT = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local state = redis.call('HMGET', KEYS[1], 'next', 'interval')
local nextAt = math.max(tonumber(state[1]) or 0, now)
local last = tonumber(state[2]) or 0
if last > 0 and interval < last then nextAt = now + (nextAt - now) * interval / last end
local wait = nextAt - now
if wait > tonumber(ARGV[2]) then return -1 end
redis.call('HSET', KEYS[1], 'next', string.format('%.0f', nextAt + interval), 'interval', string.format('%.0f', interval))
redis.call('PEXPIRE', KEYS[1], math.ceil((nextAt + interval - now) / 1000) + 1000)
return math.floor(wait)
`);
