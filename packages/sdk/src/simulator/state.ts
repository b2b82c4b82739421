import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { SimData } from './data/index.js';
import type { FaultQueue } from './faults.js';
import { send } from './http.js';
import type { ResolvedOptions } from './options.js';
import type { Params } from './params.js';
import type { Router } from './router.js';
import type { HandlerTable } from './routes/context.js';
import { countStatus, type RequestLog } from './stats.js';
import type { LiveThrottle, WindowCounter } from './throttle.js';
import type { TokenStore } from './token-store.js';
import type { PublicJwk, SeenAssertions } from './client-assertion.js';
import type { RecordedRequest, SimulatorStats } from './types.js';

/** Everything one running simulator shares between its endpoints. */
export interface SimState {
  readonly options: ResolvedOptions;
  readonly stats: SimulatorStats;
  readonly log: RequestLog;
  readonly tokens: TokenStore;
  /** How the one client authenticates: its current secret, its registered public keys, the assertion ids it used. */
  readonly client: { secret: string; jwks: PublicJwk[]; readonly assertions: SeenAssertions };
  /** Token requests per `tokenRateWindowMs`. */
  readonly tokenWindow: WindowCounter;
  /** API requests per aligned second, for the throttle. */
  readonly apiSecond: WindowCounter;
  /** API requests per UTC day, for `dailyQuota`. */
  readonly apiDay: WindowCounter;
  readonly faults: FaultQueue;
  readonly router: Router;
  readonly handlers: HandlerTable;
  readonly data: SimData;
  /** Throttle and latency in force now (they start as the options say and change at run time). */
  readonly throttle: LiveThrottle;
  /** `X-Request-Id`s of the writes that reached a handler, for `stats.repeatedWrites`. */
  readonly appliedWrites: Set<string>;
  nextRequestId(): string;
}

/** One request, read in full, and the means to answer it. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** The URL path without the query. */
  readonly path: string;
  /** Query parameters, names as sent. */
  readonly query: Params;
  readonly body: string;
  /** Its entry in the request log, when recording. */
  readonly entry: RecordedRequest | undefined;
}

/** Sends an answer and accounts for it in the stats and the request log. */
export function respond(
  state: SimState,
  ex: Exchange,
  status: number,
  contentType: string,
  text: string | Buffer,
  headers: OutgoingHttpHeaders,
): void {
  countStatus(state.stats, status);
  if (ex.entry !== undefined) ex.entry.status = status;
  send(ex.res, status, contentType, text, headers);
}
