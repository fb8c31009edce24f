import {api} from './api.js';
import {el, message, table} from './dom.js';
import {nav} from './nav.js';

nav();

api('/api/openapi.json').then(doc => {
  document.getElementById('about').textContent = doc.info.description;
  const rows = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      rows.push([el('code', {}, method.toUpperCase()), el('code', {}, path), op.summary,
        (op.parameters || []).map(p => p.name).join(', '),
        Object.keys(op.responses).join(' ')]);
    }
  }
  document.getElementById('operations').append(
    table(['Method', 'Path', 'What', 'Parameters', 'Responses'], rows));
}).catch(err => message(document.getElementById('operations'), err.message));
