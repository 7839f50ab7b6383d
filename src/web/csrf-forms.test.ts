import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCsrfToForms } from './csrf-forms.js';

describe('addCsrfToForms', () => {
  const cases: [string, string, string][] = [
    ['a urlencoded POST form gets a hidden field', '<form class="x" method="post" action="/logout"><button>Out</button></form>',
      '<form class="x" method="post" action="/logout"><input type="hidden" name="_csrf" value="tok_EN-1"><button>Out</button></form>'],
    ['a multipart form gets the token on its action', '<form method="post" action="/upload" enctype="multipart/form-data">',
      '<form method="post" action="/upload?_csrf=tok_EN-1" enctype="multipart/form-data">'],
    ['a multipart action with a query gets it appended', '<form method="post" action="/upload?x=1" enctype="multipart/form-data">',
      '<form method="post" action="/upload?x=1&amp;_csrf=tok_EN-1" enctype="multipart/form-data">'],
    ['a GET form is left alone', '<form method="get" action="/search"><input name="q"></form>', '<form method="get" action="/search"><input name="q"></form>'],
    ['escaped markup in text is not a form', '<p>&lt;form method="post"&gt;</p>', '<p>&lt;form method="post"&gt;</p>'],
  ];
  for (const [behaviour, page, expected] of cases) {
    it(behaviour, () => assert.equal(addCsrfToForms(page, 'tok_EN-1'), expected));
  }

  it('refuses a token that could break out of the attribute', () => {
    assert.throws(() => addCsrfToForms('<form method="post">', '"><script>'));
  });
});
