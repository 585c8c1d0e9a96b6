import type { GatewayError } from '../graphql/GatewayError.ts';

/** Shows a gateway error with its code, so "BAD_USER_INPUT: limit …" reads differently from an outage. */
export function ErrorBanner({ error, prefix }: { error: GatewayError; prefix?: string }) {
  return (
    <div className="error-banner" role="alert">
      <span className="error-code">{error.code}</span>
      <span>
        {prefix !== undefined ? `${prefix}: ` : ''}
        {error.message}
        {error.field !== undefined ? ` (field ${error.field})` : ''}
      </span>
    </div>
  );
}
