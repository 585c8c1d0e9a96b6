import { resolveGatewayEndpoints } from '../graphql/endpoints.ts';

/**
 * The gateway's endpoints: `VITE_GATEWAY_URL` at build time (absolute, or relative to the page),
 * else `/graphql` on the page's own origin.
 */
export const endpoints = resolveGatewayEndpoints(import.meta.env.VITE_GATEWAY_URL, window.location);
