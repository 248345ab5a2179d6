/** Query parameters that carry a credential: their values never reach a log line. */
const SECRET_PARAMS = new Set(['ticket', 'access_token', 'refresh_token', 'token']);

/** The URL as logged: the same path and parameters, with every credential's value replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is logged as it came; it cannot be one of ours
      }
      return SECRET_PARAMS.has(decoded.toLowerCase()) ? `${name}=[redacted]` : part;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}
