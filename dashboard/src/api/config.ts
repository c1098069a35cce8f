/**
 * Where the GraphQL API is. Served by the API itself: same origin. On a static host: VITE_API_URL at build
 * time, or `apiUrl` in config.json beside index.html (read at start, wins over the build-time value).
 */
let apiUrl: string = (import.meta.env.VITE_API_URL as string | undefined) ?? '';

export async function loadConfig(): Promise<void> {
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    if (response.ok) {
      const config = (await response.json()) as { apiUrl?: string };
      if (config.apiUrl) apiUrl = config.apiUrl;
    }
  } catch {
    // no config.json: keep the build-time setting
  }
}

export function graphqlEndpoint(): string {
  return apiUrl.replace(/\/+$/, '') + '/graphql';
}
