/** Whether a gateway answer refuses the token: HTTP 401, or an `UNAUTHENTICATED` GraphQL error. */
export function isRefusal(status: number, body: unknown): boolean {
  if (status === 401) return true;
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => (e as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'UNAUTHENTICATED');
}
