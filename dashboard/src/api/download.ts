import { authHeaders } from './auth';

/**
 * Links to files the API makes (half-year reports, topic exports). On the API's own origin the session cookie goes
 * with a plain link; from another origin the bearer token cannot, so a click fetches the file with the token and
 * hands it to the browser (saved, or opened in a new tab for an HTML report).
 */
export function signedLink(link: HTMLAnchorElement): HTMLAnchorElement {
  link.addEventListener('click', (event) => {
    const headers = authHeaders();
    if (!headers.Authorization) return;
    event.preventDefault();
    void fetchAndHand(link.href, headers, link.hasAttribute('download'));
  });
  return link;
}

/** The file name a URL ends with: `/reports/half-year/2026-06-30.xlsx` gives `2026-06-30.xlsx`. */
export function fileNameOf(url: string): string {
  const path = new URL(url, 'http://x/').pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'download';
}

async function fetchAndHand(url: string, headers: Record<string, string>, save: boolean): Promise<void> {
  const response = await fetch(url, { headers });
  if (!response.ok) {
    window.alert(`${response.status} ${response.statusText}: ${fileNameOf(url)}`);
    return;
  }
  const objectUrl = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = objectUrl;
  if (save) a.download = fileNameOf(url);
  else a.target = '_blank';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}
