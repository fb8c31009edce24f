import {api, query} from './api.js';
import {clear, el, message, param, table} from './dom.js';
import {nav} from './nav.js';
import {LEDGER_HEADERS, ledgerRow} from './rows.js';

nav();

async function show(params) {
  const box = document.getElementById('ledger');
  try {
    const rows = await api('/api/exchanges' + query(params));
    clear(box).append(rows.length ? table(LEDGER_HEADERS, rows.map(ledgerRow))
      : el('p', {class: 'meta'}, 'no exchanges'));
  } catch (err) {
    message(box, err.message);
  }
}

const fields = ['entity', 'verdict'];
fields.forEach(f => { if (param(f)) document.getElementById(f).value = param(f); });
document.getElementById('filter-form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(Object.fromEntries(fields.map(f => [f, document.getElementById(f).value.trim()])));
});
show(Object.fromEntries(fields.map(f => [f, param(f)])));
