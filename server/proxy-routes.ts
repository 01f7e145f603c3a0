/**
 * The only LoanPro requests the app makes (src/api/customers.ts); the proxy forwards nothing
 * else, so the token it holds cannot be spent on other endpoints or methods (PUT, PATCH).
 * Paths are relative to the API base, without the query string.
 */
const CUSTOMER = String.raw`odata\.svc/Customers\(\d{1,12}\)`
const ROUTES: ReadonlyArray<{ method: string; path: RegExp }> = [
  { method: 'POST', path: /^Customers\/Autopal\.Search\(\)$/ },
  // A customer, or one of its nested objects (Customers(7)/Phones); the query carries $expand.
  { method: 'GET', path: new RegExp(`^${CUSTOMER}(?:/[A-Za-z]{1,40}){0,2}$`) },
  { method: 'DELETE', path: new RegExp(`^${CUSTOMER}$`) },
]

export type RouteCheck = 'allowed' | 'method-not-allowed' | 'unknown-path'

export function checkRoute(method: string, restPath: string): RouteCheck {
  const matching = ROUTES.filter((route) => route.path.test(restPath))
  if (matching.length === 0) return 'unknown-path'
  return matching.some((route) => route.method === method) ? 'allowed' : 'method-not-allowed'
}
