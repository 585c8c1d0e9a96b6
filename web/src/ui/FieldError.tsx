import type { GatewayError } from '../graphql/GatewayError.ts';

/**
 * The error of a mutation shown next to the input it names: `fieldErrorFor(error, 'input.amount')`
 * is the error when the server's `extensions.field` is that field (or ends with it).
 */
export function fieldErrorFor(error: GatewayError | undefined, field: string): GatewayError | undefined {
  if (error?.field === undefined) return undefined;
  return error.field === field || error.field.endsWith(`.${field}`) || field.endsWith(`.${error.field}`) ? error : undefined;
}

/** Inline error under a form field; give the input `aria-describedby={id}` and `aria-invalid`. */
export function FieldError({ id, error }: { id: string; error: GatewayError | undefined }) {
  if (error === undefined) return null;
  return (
    <span id={id} className="ui-field-error" role="alert">
      <span className="error-code">{error.code}</span> {error.message}
    </span>
  );
}
