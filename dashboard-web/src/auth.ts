// Where a page goes when nobody is signed in, and where the sign-in page sends a user back to.
// Pure functions of an address, so the rules are tested without a browser.

export const signInPage = 'signin.html';
/** Where a user lands after signing in when no page asked for them. */
export const defaultAfterSignIn = 'staff-worklist.html';

interface PageAddress {
  pathname: string;
  search: string;
  hash?: string;
}

/** "signin.html?return=/lobby.html%3Fbranch%3DSB-FT": the sign-in page, told to come back here. */
export function signInAddress(current: PageAddress): string {
  const here = `${current.pathname}${current.search}${current.hash ?? ''}`;
  // Never ask to come back to the sign-in page itself (a loop after a second 401 there).
  if (current.pathname.endsWith(`/${signInPage}`) || current.pathname === signInPage) return signInPage;
  return `${signInPage}?return=${encodeURIComponent(here)}`;
}

/**
 * The page to open after signing in: the `return` the address carries when it is a path on this
 * origin, otherwise the worklist. "https://evil.example", "//evil.example" and "/\\evil.example"
 * are all refused: a sign-in page that forwards anywhere is a phishing tool.
 */
export function returnTarget(search: string, origin: string): string {
  const raw = new URLSearchParams(search).get('return');
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return defaultAfterSignIn;
  let target: URL;
  try {
    target = new URL(raw, origin);
  } catch {
    return defaultAfterSignIn;
  }
  if (target.origin !== origin) return defaultAfterSignIn;
  if (target.pathname.endsWith(`/${signInPage}`)) return defaultAfterSignIn;
  return `${target.pathname}${target.search}${target.hash}`;
}

/**
 * Whether a failure means "sign in first": an API 401, or the screens hub refusing the
 * negotiation with one (SignalR reports it as "...: Status code '401'", with statusCode on an HttpError).
 */
export function isUnauthorized(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  if (status === 401) return true;
  const message = error instanceof Error ? error.message : '';
  return /Status code '401'/.test(message);
}
