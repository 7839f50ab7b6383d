/** The frame of every page: skip link, navigation, main content, a permalink and a plain-text citation. */
import { html, type SafeHtml } from './html.js';

export type PageInput = {
  title: string;
  /** The page's stable path, e.g. /events/ev-…; shown as its permalink. */
  path: string;
  /** Absolute origin the page was requested on, for permalinks and citations. */
  origin: string;
  body: SafeHtml;
  /** Plain text a reader can paste into a report; omitted on pages that show nothing citable. */
  cite?: string;
  /** False on error pages: a URL that names nothing is not a permalink. */
  permalink?: boolean;
  /** Which navigation entry is the current page. */
  section?: 'events' | 'documents' | 'search' | 'upload';
  /** Who is signed in, shown with a sign-out button; null or absent: a "Sign in" link. */
  viewer?: { name: string; role: string } | null;
};

const NAV: ReadonlyArray<[NonNullable<PageInput['section']>, string, string]> = [
  ['events', '/', 'Events'],
  ['documents', '/documents', 'Documents'],
  ['search', '/search', 'Search'],
  ['upload', '/upload', 'Upload'],
];

export function pageLayout(page: PageInput): string {
  const permalink = `${page.origin}${page.path}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Tally</title>
<link rel="stylesheet" href="/assets/style.css">
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
${page.permalink === false ? '' : html`<link rel="canonical" href="${permalink}">`}
<script src="/assets/enhance.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <a class="brand" href="/">Tally</a>
  <nav aria-label="Main"><ul>
    ${NAV.map(([id, href, label]) => html`<li><a href="${href}"${page.section === id ? html` aria-current="page"` : ''}>${label}</a></li>`)}
  </ul></nav>
  ${accountBox(page)}
</header>
<main id="main" tabindex="-1">
${page.body}
${page.permalink === false ? '' : html`<aside class="permalink" aria-label="Permalink and citation">
  <p>Permalink: <a href="${page.path}">${permalink}</a></p>
  ${page.cite === undefined ? '' : citeBox(page.cite)}
</aside>`}
</main>
<footer class="site"><p>Tally shows each figure with whose figure it is and the exact words; framing words are the sources' own. <a href="/api/openapi.json">JSON API</a></p></footer>
</body>
</html>`.value;
}

/** The sign-out form is a POST, so it gets the session's CSRF token like every other form. */
function accountBox(page: PageInput): SafeHtml {
  if (!page.viewer) {
    const next = page.path === '/' || page.path.startsWith('/login') ? '' : `?next=${encodeURIComponent(page.path)}`;
    return html`<p class="account"><a href="/login${next}">Sign in</a></p>`;
  }
  return html`<form class="account" method="post" action="/logout"><span class="who">${page.viewer.name} <small>(${page.viewer.role})</small></span> <button type="submit">Sign out</button></form>`;
}

function citeBox(text: string): SafeHtml {
  return html`<section class="cite" aria-labelledby="cite-heading">
  <h2 id="cite-heading">Cite</h2>
  <pre class="cite-text" data-copy>${text}</pre>
</section>`;
}
