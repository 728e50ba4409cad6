// How sign-in attempts are slowed down. Each attempt is counted before its password is checked,
// under three keys: the username from this address, the username from anywhere, and the
// address. Within a key's window the first `free` attempts pass at once; after that each
// attempt must wait a delay that doubles, up to the window, so a guesser is slowed to a
// handful of tries an hour while nobody is locked out for good. The pair's limit is the
// tight one: a guesser from one address never holds back the real user at another, and
// colleagues behind one town-hall address do not hold back each other.

export interface ThrottleRule {
  free: number;
  /** The first delay once the free attempts are used; each further attempt doubles it. */
  firstDelaySeconds: number;
  windowSeconds: number;
}

export const WINDOW_SECONDS = 15 * 60;

export const THROTTLE = {
  pair: { free: 5, firstDelaySeconds: 30, windowSeconds: WINDOW_SECONDS },
  user: { free: 20, firstDelaySeconds: 5, windowSeconds: WINDOW_SECONDS },
  address: { free: 200, firstDelaySeconds: 1, windowSeconds: WINDOW_SECONDS },
} satisfies Record<string, ThrottleRule>;

export interface ThrottleState {
  windowStart: Date;
  attempts: number;
  /** No attempt under this key before then; null when the next one may come at once. */
  notBefore: Date | null;
}

export type Decision =
  { allowed: true; next: ThrottleState } | { allowed: false; retryAfterSeconds: number };

/** Whether an attempt at `now` may go ahead under `rule`, and the key's state after it. */
export function decide(state: ThrottleState | null, rule: ThrottleRule, now: Date): Decision {
  if (state?.notBefore && state.notBefore > now) {
    return {
      allowed: false,
      retryAfterSeconds: Math.ceil((state.notBefore.getTime() - now.getTime()) / 1000),
    };
  }
  const expired =
    !state || now.getTime() - state.windowStart.getTime() >= rule.windowSeconds * 1000;
  const attempts = expired ? 1 : state.attempts + 1;
  const over = attempts - rule.free;
  const delaySeconds =
    over < 0 ? 0 : Math.min(rule.windowSeconds, rule.firstDelaySeconds * 2 ** over);
  return {
    allowed: true,
    next: {
      windowStart: expired ? now : state.windowStart,
      attempts,
      notBefore: delaySeconds > 0 ? new Date(now.getTime() + delaySeconds * 1000) : null,
    },
  };
}
