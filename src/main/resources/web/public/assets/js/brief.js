import {api, query} from './api.js';
import {message, param} from './dom.js';
import {nav} from './nav.js';

nav();

async function show(entity) {
  const out = document.getElementById('brief');
  // the HTML brief is served by the API under its own policy (inline charts allowed by hash)
  document.getElementById('brief-html').href = '/api/brief.html' + query({entity});
  document.getElementById('brief-download').href = '/api/brief.html' + query({entity, download: 1});
  try {
    const brief = await api('/api/brief' + query({entity}));
    document.title = 'Axiswatch · ' + brief.title;
    out.textContent = brief.markdown;
  } catch (err) {
    message(out, err.message);
  }
}

if (param('entity')) document.getElementById('entity').value = param('entity');
document.getElementById('brief-form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(document.getElementById('entity').value.trim());
});
show(param('entity'));
