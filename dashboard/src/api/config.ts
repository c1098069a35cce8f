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

/** The API's address without a trailing slash; empty when it is this page's own origin. */
export function apiBase(): string {
  return apiUrl.replace(/\/+$/, '');
}

export function graphqlEndpoint(): string {
  return apiBase() + '/graphql';
}

/** Whether the API lives on another origin than the page (a static host): then no session cookie can be used. */
export function isCrossOrigin(api: string = apiUrl, page: string = window.location.href): boolean {
  return api !== '' && new URL(api, page).origin !== new URL(page).origin;
}
