/**
 * The adaptive rate of transport/adaptive-rate.ts, kept in Redis so that every process
 * sharing a limiter learns one rate together (same rules, same constants; keep the two in
 * step). Times are the Redis server's (TIME), in µs. Keys:
 * - KEYS[1]: the GCRA schedule hash of RESERVE_SLOT (`next`, `interval`);
 * - KEYS[2]: the learning hash: `rate`, `phase` (slow | recovery | steady), `event`, `quiet`,
 *   `before`, `refused`, `settled`;
 * - KEYS[3]: slots granted per 5 ms bucket of the last two seconds (`s<i>` bucket, `c<i>`
 *   count), less the refused ones: what got through.
 */
import { LuaScript } from './client.js';

const DELIVERED = `
local function between(key, from, to)
  local last = math.floor(to / 5000)
  local first = math.max(math.floor(from / 5000) + 1, last - 399)
  if first > last then return 0 end
  local fields = {}
  for b = first, last do
    fields[#fields + 1] = 's' .. (b % 400)
    fields[#fields + 1] = 'c' .. (b % 400)
  end
  local values = redis.call('HMGET', key, unpack(fields))
  local total = 0
  for i = 0, last - first do
    if tonumber(values[2 * i + 1]) == first + i then total = total + (tonumber(values[2 * i + 2]) or 0) end
  end
  return total
end
local function delivered(key, at) return between(key, at - 1000000, at) end
local function fmt(n) return string.format('%.0f', n) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
`;

/**
 * Applies what this process saw since its last call (ARGV[3] successes while held, ARGV[4]
 * its round trip in µs, ARGV[5] the server time of its latest success's send), then
 * reserves the next slot at the learned rate (never closer than ARGV[1] µs, the fixed
 * rate's and the quota's spacing; ARGV[6] the ceiling in rps; ARGV[7] '1': start at it).
 * Returns {wait µs or -1 past ARGV[2] µs, server now µs, rate in milli-rps}.
 */
export const RESERVE_LEARNED_SLOT = new LuaScript(`${DELIVERED}
local committed = tonumber(ARGV[1])
local successes = tonumber(ARGV[3])
local rtt = tonumber(ARGV[4])
local lastSuccess = tonumber(ARGV[5])
local ceiling = tonumber(ARGV[6])
local L = redis.call('HMGET', KEYS[2], 'rate', 'phase', 'event', 'before', 'refused', 'settled')
local rate = tonumber(L[1])
local phase = L[2]
local settled = tonumber(L[6]) or 0
if not rate then
  if ARGV[7] == '1' then rate = ceiling; phase = 'steady' else rate = math.min(ceiling, 10); phase = 'slow' end
end
if phase == 'recovery' and lastSuccess >= (tonumber(L[3]) or 0) then
  local refused = tonumber(L[5]) or now
  local upper = between(KEYS[3], refused - 1000000, refused)
  local width = between(KEYS[3], refused - 1000000, math.min(lastSuccess, refused + 1000000) - 1000000)
  local limit = math.min(tonumber(L[4]) or rate, upper - width / 2)
  rate = math.min(ceiling, math.max(1, limit * 0.97))
  phase = 'steady'
  settled = now
  redis.call('HSET', KEYS[2], 'quiet', fmt(now), 'settled', fmt(now))
end
if successes > 0 and phase ~= 'recovery' and rate < ceiling then
  local step = 0
  if phase == 'slow' then
    step = 1000 / math.max(8 * rtt / 1000, 20)
  else
    local since = now - settled - 1000000
    if since >= 0 then step = 0.02 * 2 ^ math.min(since / 1000000, 20) end
  end
  rate = math.min(ceiling, rate + successes * step)
end
redis.call('HSET', KEYS[2], 'rate', tostring(rate), 'phase', phase)
redis.call('PEXPIRE', KEYS[2], 3600000)
local interval = math.max(committed, 1000000 / rate)
local S = redis.call('HMGET', KEYS[1], 'next', 'interval')
local nextAt = math.max(tonumber(S[1]) or 0, now - 25000)
local last = tonumber(S[2]) or 0
if last > 0 and interval < last and nextAt > now then nextAt = now + (nextAt - now) * interval / last end
local wait = nextAt - now
if wait > tonumber(ARGV[2]) then return {-1, fmt(now), math.floor(rate * 1000)} end
redis.call('HSET', KEYS[1], 'next', fmt(nextAt + interval), 'interval', fmt(interval))
redis.call('PEXPIRE', KEYS[1], math.ceil((nextAt + interval - now) / 1000) + 1000)
local bucket = math.floor(nextAt / 5000)
local slot = bucket % 400
if tonumber(redis.call('HGET', KEYS[3], 's' .. slot)) ~= bucket then redis.call('HSET', KEYS[3], 's' .. slot, fmt(bucket), 'c' .. slot, 0) end
redis.call('HINCRBY', KEYS[3], 'c' .. slot, 1)
redis.call('PEXPIRE', KEYS[3], 3000)
return {math.max(0, math.floor(wait)), fmt(now), math.floor(rate * 1000)}
`);

/**
 * A slot sent at ARGV[1] (server µs) got a throttle answer: it did not get through, and
 * unless it belongs to the current event, the rate drops to a tenth of what got through
 * until the gateway lets a call through again (see adaptive-rate.ts). Returns 1 for a new event.
 */
export const NOTE_REFUSAL = new LuaScript(`${DELIVERED}
local sent = tonumber(ARGV[1])
local bucket = math.floor(sent / 5000)
local slot = bucket % 400
if tonumber(redis.call('HGET', KEYS[3], 's' .. slot)) == bucket then redis.call('HINCRBY', KEYS[3], 'c' .. slot, -1) end
local L = redis.call('HMGET', KEYS[2], 'rate', 'phase', 'quiet', 'refused')
if L[2] == 'recovery' then
  redis.call('HSET', KEYS[2], 'refused', fmt(math.max(tonumber(L[4]) or 0, sent)))
  return 0
end
if sent < (tonumber(L[3]) or 0) then return 0 end
local rate = tonumber(L[1]) or 10
local cut = math.max(1, math.min(rate, delivered(KEYS[3], sent)) * 0.1)
redis.call('HSET', KEYS[2], 'rate', tostring(cut), 'phase', 'recovery', 'event', fmt(now), 'quiet', fmt(now), 'before', tostring(rate), 'refused', fmt(sent))
redis.call('PEXPIRE', KEYS[2], 3600000)
return 1
`);
