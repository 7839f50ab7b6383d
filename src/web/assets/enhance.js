/* global document, navigator, setTimeout */
// Progressive enhancement only: every page works without this file.
// 1. The estimate rule selector applies itself on change (the Apply button stays for keyboards and no-JS).
// 2. Each citation box gets a "Copy" button.
document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
  select.addEventListener('change', () => select.form && select.form.requestSubmit());
});

document.querySelectorAll('[data-copy]').forEach((box) => {
  if (!navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy citation';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(box.textContent || '');
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy citation'), 2000);
  });
  box.after(button);
});
