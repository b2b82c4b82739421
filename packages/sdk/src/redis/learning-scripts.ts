/**
 * The adaptive rate of transport/adaptive-rate.ts, kept in Redis so that every process
 * sharing a limiter learns one rate together: the same rules, and the same constants,
 * interpolated into the Lua source from that file (a change of rule there is made here too).
 * Times are the Redis server's (TIME), in µs. Keys:
 * - KEYS[1]: the GCRA schedule hash of RESERVE_SLOT (`next`, `interval`);
 * - KEYS[2]: the learning hash: `rate`, `phase` (slow | recovery | steady), `event`, `quiet`,
 *   `cut`, `before`, `refused`, `settled`, `hold` (µs), `limit` (the last measured),
 *   `backlogged` (the last report of successes held back), slow start's `cap` and `capAt`
 *   (counted again at most once a round trip), and `recent` (what went out in the last
 *   second, for PROBE_USE) with `quarter`, when it was counted (at most every 250 ms);
 * - KEYS[3]: slots granted per 5 ms bucket of the last two seconds (`s<i>` bucket, `c<i>`
 *   count), less the refused ones: what got through.
 *
 * Where the two differ by construction: "what got through" here counts granted slots not (yet)
 * refused, in the in-process learner successes already answered, so the slow-start cap counts
 * up to a round trip before now, as answered successes would; `recent` is what went out in the
 * last second, where the in-process learner counts successes answered in the last quarter.
 */
import {
  CONFIRM_SHARE,
  DEEP_CUT,
  HOLD_MS,
  IDLE_MS,
  INITIAL_RATE,
  MAX_HOLD_MS,
  MIN_RATE,
  PROBE_GAIN,
  PROBE_USE,
  RAISED_LIMIT,
  RECOVERY_SHARE,
  SETTLE_HEADROOM,
  SLOW_START_CAP,
  SLOW_START_CAP_MS,
  SLOW_START_MIN_MS,
  SLOW_START_RTTS,
} from '../internal.js';
import { LuaScript } from './client.js';

/** How long the learned rate outlives the last call that used it (ms). */
const LEARNING_TTL_MS = 3_600_000;

const DELIVERED = `
local function sums(key, from, mid, to)
  local last = math.floor(to / 5000)
  local first = math.max(math.floor(from / 5000) + 1, last - 399)
  if first > last then return 0, 0 end
  local split = math.floor(mid / 5000)
  local fields = {}
  for b = first, last do
    fields[#fields + 1] = 's' .. (b % 400)
    fields[#fields + 1] = 'c' .. (b % 400)
  end
  local values = redis.call('HMGET', key, unpack(fields))
  local head, tail = 0, 0
  for i = 0, last - first do
    if tonumber(values[2 * i + 1]) == first + i then
      local n = tonumber(values[2 * i + 2]) or 0
      if first + i <= split then head = head + n else tail = tail + n end
    end
  end
  return head, tail
end
local function delivered(key, at) return (sums(key, at - 1000000, at, at)) end
local function confirm(limit, last, hold)
  if last > 0 and math.abs(limit - last) <= ${CONFIRM_SHARE} * last then return math.min(2 * hold, ${MAX_HOLD_MS * 1000}) end
  return ${HOLD_MS * 1000}
end
local function fmt(n) return string.format('%.0f', n) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
`;

/**
 * Applies what this process saw since its last call (ARGV[3] successes while held, ARGV[4]
 * its round trip in µs, ARGV[5] the server time of its latest success's send), then
 * reserves the next slot at the learned rate (never closer than ARGV[1] µs, the fixed
 * rate's and the quota's spacing; ARGV[6] the ceiling in rps; ARGV[7] '1': start at it;
 * ARGV[8] '1': only report, reserve nothing). Returns {wait µs or -1 past ARGV[2] µs (or
 * when only reporting), server now µs, rate in milli-rps, 1 while recovering else 0}.
 */
export const RESERVE_LEARNED_SLOT = new LuaScript(`${DELIVERED}
local committed = tonumber(ARGV[1])
local successes = tonumber(ARGV[3])
local rtt = tonumber(ARGV[4])
local lastSuccess = tonumber(ARGV[5])
local ceiling = tonumber(ARGV[6])
local L = redis.call('HMGET', KEYS[2], 'rate', 'phase', 'event', 'before', 'refused', 'settled', 'hold', 'limit', 'quarter', 'cap', 'recent', 'capAt', 'backlogged')
local rate = tonumber(L[1])
local phase = L[2]
local settled = tonumber(L[6]) or 0
local hold = tonumber(L[7]) or ${HOLD_MS * 1000}
local lastLimit = tonumber(L[8]) or 0
local recent = tonumber(L[11]) or 0
if not rate then
  if ARGV[7] == '1' then rate = ceiling; phase = 'steady' else rate = math.min(ceiling, ${INITIAL_RATE}); phase = 'slow' end
end
if phase == 'recovery' and lastSuccess >= (tonumber(L[3]) or 0) then
  -- The window turned after the last refused call: what got through in the second before it is the limit.
  local limit = math.min(tonumber(L[4]) or rate, delivered(KEYS[3], tonumber(L[5]) or now))
  rate = math.min(ceiling, math.max(${MIN_RATE}, limit * (1 - ${SETTLE_HEADROOM})))
  hold = confirm(limit, lastLimit, hold)
  lastLimit = limit
  phase = 'steady'
  settled = now
  redis.call('HSET', KEYS[2], 'quiet', fmt(now), 'cut', fmt(now), 'settled', fmt(now), 'hold', fmt(hold), 'limit', tostring(limit))
end
if rtt > 0 and now - (tonumber(L[9]) or 0) >= 250000 then
  -- Every quarter second: what went out in the last second (probing grows only a rate in use).
  local head, tail = sums(KEYS[3], now - 1000000, now, now)
  recent = head + tail
  redis.call('HSET', KEYS[2], 'quarter', fmt(now), 'recent', tostring(recent))
end
if successes > 0 and phase ~= 'recovery' and rate < ceiling then
  -- After a pause (nothing held back for a while), probing starts over.
  if now - (tonumber(L[13]) or 0) > ${IDLE_MS * 1000} and settled < now then
    settled = now
    redis.call('HSET', KEYS[2], 'settled', fmt(now))
  end
  redis.call('HSET', KEYS[2], 'backlogged', fmt(now))
  if phase == 'slow' then
    -- e-fold every ${SLOW_START_RTTS} round trips, under the cap: a few times what got through in the
    -- last second (sent at least a round trip ago, as answered successes are), counted again at
    -- most once a round trip while the rate is at it.
    local cap = tonumber(L[10]) or ${INITIAL_RATE}
    if rate >= cap and now - (tonumber(L[12]) or 0) >= math.max(rtt, 5000) then
      local answered = sums(KEYS[3], now - 1000000, now - rtt, now)
      cap = math.max(${INITIAL_RATE}, math.max(${SLOW_START_CAP}, ${SLOW_START_CAP_MS * 1000} / math.max(rtt, 10)) * answered)
      redis.call('HSET', KEYS[2], 'cap', tostring(cap), 'capAt', fmt(now))
    end
    local step = 1000 / math.max(${SLOW_START_RTTS} * rtt / 1000, ${SLOW_START_MIN_MS})
    rate = math.max(rate, math.min(ceiling, rate + successes * step, cap))
  elseif rate <= ${PROBE_USE} * recent then
    local since = now - settled - hold
    if since >= 0 then rate = math.min(ceiling, rate + successes * ${PROBE_GAIN} * 2 ^ math.min(since / 1000000, 20)) end
    -- Past the last limit with no refusal: the gateway allows more now; slow start finds how much.
    if lastLimit > 0 and rate > ${RAISED_LIMIT} * lastLimit then phase = 'slow' end
  end
end
redis.call('HSET', KEYS[2], 'rate', tostring(rate), 'phase', phase)
redis.call('PEXPIRE', KEYS[2], ${LEARNING_TTL_MS})
local recovering = 0
if phase == 'recovery' then recovering = 1 end
if ARGV[8] == '1' then return {-1, fmt(now), math.floor(rate * 1000), recovering} end
local interval = math.max(committed, 1000000 / rate)
local S = redis.call('HMGET', KEYS[1], 'next', 'interval')
local nextAt = math.max(tonumber(S[1]) or 0, now - 25000)
local last = tonumber(S[2]) or 0
if last > 0 and interval < last and nextAt > now then nextAt = now + (nextAt - now) * interval / last end
local wait = nextAt - now
if wait > tonumber(ARGV[2]) then return {-1, fmt(now), math.floor(rate * 1000), recovering} end
redis.call('HSET', KEYS[1], 'next', fmt(nextAt + interval), 'interval', fmt(interval))
redis.call('PEXPIRE', KEYS[1], math.ceil((nextAt + interval - now) / 1000) + 1000)
local bucket = math.floor(nextAt / 5000)
local slot = bucket % 400
if tonumber(redis.call('HGET', KEYS[3], 's' .. slot)) ~= bucket then redis.call('HSET', KEYS[3], 's' .. slot, fmt(bucket), 'c' .. slot, 0) end
redis.call('HINCRBY', KEYS[3], 'c' .. slot, 1)
redis.call('PEXPIRE', KEYS[3], 3000)
return {math.max(0, math.floor(wait)), fmt(now), math.floor(rate * 1000), recovering}
`);

/**
 * A slot sent at ARGV[1] (server µs) got a throttle answer: it did not get through. In slow
 * start, or when far fewer got through than the rate (the throttle fell), the rate drops to a
 * tenth of what got through until the gateway lets a call through again; once steady, it is
 * cut to just under what got through, with no recovery (see adaptive-rate.ts). Returns 1 for a
 * new event.
 */
export const NOTE_REFUSAL = new LuaScript(`${DELIVERED}
local sent = tonumber(ARGV[1])
local bucket = math.floor(sent / 5000)
local slot = bucket % 400
if tonumber(redis.call('HGET', KEYS[3], 's' .. slot)) == bucket then redis.call('HINCRBY', KEYS[3], 'c' .. slot, -1) end
local L = redis.call('HMGET', KEYS[2], 'rate', 'phase', 'quiet', 'refused', 'limit', 'hold', 'cut')
local phase = L[2] or 'slow'
if phase == 'recovery' then
  redis.call('HSET', KEYS[2], 'refused', fmt(math.max(tonumber(L[4]) or 0, sent)))
  return 0
end
local rate = tonumber(L[1]) or ${INITIAL_RATE}
local quiet = tonumber(L[3]) or 0
local limit = delivered(KEYS[3], sent)
redis.call('PEXPIRE', KEYS[2], ${LEARNING_TTL_MS})
-- The gateway's second is used up: calls trickle at a tenth of what got through until one gets through again.
local function recover()
  local trickle = math.max(${MIN_RATE}, math.min(rate, limit) * ${RECOVERY_SHARE})
  redis.call('HSET', KEYS[2], 'rate', tostring(trickle), 'phase', 'recovery', 'event', fmt(now), 'before', tostring(rate), 'refused', fmt(sent))
end
if phase == 'steady' and sent < quiet then
  -- Sent before the last cut: part of that event, it cuts no further than what got through.
  if sent < (tonumber(L[7]) or 0) then
    redis.call('HSET', KEYS[2], 'rate', tostring(math.min(rate, math.max(${MIN_RATE}, limit * (1 - ${SETTLE_HEADROOM})))))
    return 0
  end
  -- Sent at the cut rate and still refused: the gateway's window is used up; wait for it to turn.
  recover()
  return 0
end
if phase == 'steady' and limit >= ${DEEP_CUT} * rate then
  -- A probe just past the limit, near the end of a gateway window: cut and go on.
  local hold = confirm(limit, tonumber(L[5]) or 0, tonumber(L[6]) or ${HOLD_MS * 1000})
  local cut = math.max(${MIN_RATE}, math.min(rate, limit) * (1 - ${SETTLE_HEADROOM}))
  redis.call('HSET', KEYS[2], 'rate', tostring(cut), 'quiet', fmt(now + 1000000), 'cut', fmt(now), 'settled', fmt(now), 'hold', fmt(hold), 'limit', tostring(limit))
  return 1
end
if phase == 'slow' and sent < quiet then return 0 end
recover()
return 1
`);
