import {api, query} from './api.js';
import {clear, el, link, message, param, table} from './dom.js';
import {nav} from './nav.js';

nav();
const results = document.getElementById('results');
const form = document.getElementById('search-form');
const fields = ['q', 'lang', 'entity', 'type', 'source', 'from', 'to'];

async function search(params) {
  try {
    const r = await api('/api/search' + query(params));
    clear(results).append(el('p', {class: 'meta'}, r.total + ' document(s) match'));
    for (const hit of r.hits) {
      results.append(el('div', {class: 'hit'},
        el('h3', {}, link('document.html', {id: hit.id}, hit.title)),
        el('p', {class: 'meta'}, [hit.fileName, hit.date, hit.language].filter(Boolean).join(' · ')),
        hit.fragments.map(f => el('p', {class: 'fragment'},
          link('document.html', {id: hit.id, at: f.start}, '…'),
          f.pieces.map(p => p.hit ? el('mark', {}, p.text) : p.text), '…'))));
    }
  } catch (err) {
    message(results, err.message);
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = Object.fromEntries(fields.map(f => [f, document.getElementById(f).value.trim()]));
  history.replaceState(null, '', 'index.html' + query(params));
  search(params);
});

for (const f of fields) {
  if (param(f)) document.getElementById(f).value = param(f);
}
if (param('q')) search(Object.fromEntries(fields.map(f => [f, param(f)])));

async function listDocuments() {
  const box = document.getElementById('documents');
  try {
    const docs = await api('/api/documents');
    clear(box).append(table(['Title', 'File', 'Date', 'Lang', 'Mentions', 'Events', 'Exchanges'],
      docs.map(d => [link('document.html', {id: d.id}, d.title), d.fileName, d.date || '',
        d.language || '', d.mentions, d.events, d.exchanges])));
  } catch (err) {
    message(box, err.message);
  }
}

document.getElementById('upload-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const status = document.getElementById('upload-status');
  const file = document.getElementById('file').files[0];
  if (!file) return message(status, 'choose a file first');
  message(status, 'analysing ' + file.name + ' …', 'info');
  try {
    const up = await api('/api/documents' + query({name: file.name}), {method: 'POST', body: file});
    message(status, (up.added ? 'added: ' : 'already stored: ') + up.document.title, 'info');
    listDocuments();
  } catch (err) {
    message(status, err.message);
  }
});

listDocuments();
