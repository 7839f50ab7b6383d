/**
 * Puts the session's CSRF token into every POST form of a page, in one place, so no form can forget it.
 * A urlencoded form gets a hidden `_csrf` field; a multipart form (upload) gets `?_csrf=` on its action,
 * because its body streams straight into ingest and is never read before the check. Our pages escape
 * every value they show (html.ts), so a `<form` tag here is always one we wrote.
 */
const POST_FORM = /<form\b[^>]*\bmethod="post"[^>]*>/gi;
const TOKEN = /^[A-Za-z0-9_-]+$/;

export const CSRF_FIELD = '_csrf';

export function addCsrfToForms(page: string, token: string): string {
  if (!TOKEN.test(token)) throw new Error('a CSRF token is base64url');
  return page.replace(POST_FORM, (tag) => {
    if (!/\benctype="multipart\/form-data"/i.test(tag)) return `${tag}<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
    return tag.replace(/\baction="([^"]*)"/i, (_match, action: string) =>
      `action="${action}${action.includes('?') ? '&amp;' : '?'}${CSRF_FIELD}=${token}"`);
  });
}
