import { graphqlEndpoint } from './config';

/** An error the API or the network reported, in words a person can act on. */
export class ApiError extends Error {
  constructor(message: string, readonly kind: 'network' | 'graphql' | 'http') {
    super(message);
  }
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
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(String(e), 'network');
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
