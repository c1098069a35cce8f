import { authHeaders, signedOut } from './auth';
import { graphqlEndpoint } from './config';

/** An error the API or the network reported, in words a person can act on. */
export class ApiError extends Error {
  constructor(message: string, readonly kind: 'network' | 'graphql' | 'http' | 'auth') {
    super(message);
  }
}

let unauthorised: () => void = () => {};

/** What to do when the API answers 401 (not signed in, or the sign-in ended): the dashboard shows its form. */
export function onUnauthorised(handler: () => void): void {
  unauthorised = handler;
}

interface GraphQlResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** Posts one GraphQL document; the dashboard talks to the API only through this. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(graphqlEndpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(String(e), 'network');
  }
  if (response.status === 401) {
    signedOut();
    unauthorised();
    throw new ApiError('HTTP 401', 'auth');
  }
  if (!response.ok && response.status !== 200) {
    throw new ApiError(`HTTP ${response.status}`, 'http');
  }
  const body = (await response.json()) as GraphQlResponse<T>;
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql');
  }
  return body.data as T;
}
