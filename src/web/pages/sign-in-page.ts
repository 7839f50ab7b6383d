/** Sign in: name and secret (as `tally users add` printed it). The form carries its own CSRF token. */
import { html, type SafeHtml } from '../html.js';

export type SignInForm = { name: string; next: string; loginToken: string; error: string | null; signedInAs: string | null };

export function signInPage(form: SignInForm): SafeHtml {
  return html`<h1>Sign in</h1>
<p class="lede">Reading is open to everyone. Editors sign in to upload and correct; admins to delete and manage users.</p>
${form.signedInAs ? html`<p class="notice">You are signed in as <strong>${form.signedInAs}</strong>. Signing in again replaces that session.</p>` : ''}
${form.error ? html`<p class="error" role="alert">${form.error}</p>` : ''}
<form class="sign-in" method="post" action="/login">
  <input type="hidden" name="_login" value="${form.loginToken}">
  <input type="hidden" name="next" value="${form.next}">
  <p><label for="name">Name</label><br><input id="name" name="name" autocomplete="username" required maxlength="64" value="${form.name}"></p>
  <p><label for="secret">Secret</label><br><input id="secret" name="secret" type="password" autocomplete="current-password" required maxlength="200"></p>
  <p><button type="submit">Sign in</button></p>
</form>
<p class="hint">No account? An admin creates one with <code>tally users add NAME --role editor</code>, which prints the secret once.</p>`;
}
