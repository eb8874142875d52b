/**
 * Which feed URLs may become links or images. Lit escapes text but does not sanitize URLs,
 * so every `href` and `src` built from feed data goes through here.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const IMAGE_PROTOCOLS = new Set(['https:']);

function resolve(value: string | undefined, base: string | undefined, allowed: ReadonlySet<string>): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    // The URL parser removes tabs and newlines and lowercases the scheme, so "java\tscript:" and
    // "JaVaScRiPt:" are seen for what they are.
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return allowed.has(url.protocol) ? url.href : undefined;
}

/** An absolute `http:`, `https:` or `mailto:` URL for a link, or `undefined` for anything else. */
export function safeLinkUrl(value: string | undefined, base?: string): string | undefined {
  return resolve(value, base, LINK_PROTOCOLS);
}

/**
 * An absolute `http:` or `https:` URL, or `undefined`: for a web address that is fetched or given
 * to search engines as a page, where a `mailto:` link has no place.
 */
export function safeWebUrl(value: string | undefined, base?: string): string | undefined {
  return resolve(value, base, WEB_PROTOCOLS);
}

/** An e-mail address as a `mailto:` link, or `undefined`: one address, no headers (`?subject=`) or second address. */
export function safeMailtoUrl(email: string | undefined): string | undefined {
  return email && /^[^\s@?&#,;:/<>"]+@[^\s@?&#,;:/<>"]+$/.test(email) ? resolve(`mailto:${email}`, undefined, LINK_PROTOCOLS) : undefined;
}

/**
 * A phone number as a `tel:` link, or `undefined`. `tel:` is allowed here and nowhere else: made
 * only from digits, an optional leading `+` and the spaces, dashes, dots and brackets people write
 * between them (left out of the link), so nothing else can ride along.
 */
export function safeTelUrl(phone: string | undefined): string | undefined {
  if (!phone || !/^\+?[\d\s().-]+$/.test(phone)) return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  return /\d{3}/.test(digits) ? `tel:${digits}` : undefined;
}

/** An absolute `https:` URL for an image, or `undefined`. */
export function safeImageUrl(value: string | undefined, base?: string): string | undefined {
  return resolve(value, base, IMAGE_PROTOCOLS);
}
