// Sign-in throttling: too many failures for one account, or from one address, in a window
// blocks further attempts until the window has passed. Counting by the email typed (whether or
// not the account exists) keeps the reply the same for real and unknown accounts.
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
// Generous: a department behind one NAT address shares it.
export const MAX_FAILURES_PER_ADDRESS = 50;

export function isThrottled(recentFailures: { forAccount: number; forAddress: number }): boolean {
  return recentFailures.forAccount >= MAX_FAILURES_PER_ACCOUNT || recentFailures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export const THROTTLED = "THROTTLED";
