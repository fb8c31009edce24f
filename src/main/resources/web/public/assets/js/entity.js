import {api, postJson, query} from './api.js';
import {clear, el, link, message, param, table} from './dom.js';
import {nav} from './nav.js';
import {EVENT_HEADERS, LEDGER_HEADERS, SCREENING_HEADERS, eventRow, ledgerRow, screeningRow} from './rows.js';
import {graphOptions} from './charts.js';

nav();
let chart;

// ids made by a split hold a slash (PRK/north korea); the route takes it, segment by segment
function entityPath(id) {
  return '/api/entities/' + id.split('/').map(encodeURIComponent).join('/');
}

function show(view) {
  const e = view.entity;
  document.title = 'Axiswatch · ' + e.name;
  document.getElementById('name').textContent = e.name;
  document.getElementById('meta').textContent = [e.type, e.id, e.code, e.wikidata, e.origin,
    view.mergedFrom.length ? 'merged from ' + view.mergedFrom.join(', ') : null].filter(Boolean).join(' · ');
  clear(document.getElementById('names')).append(...e.names.map(n => el('li', {}, n)));
  clear(document.getElementById('documents')).append(table(['Document', 'Mentions'],
    view.documents.map(a => [link('document.html', {id: a.document}, a.title), a.mentions])));
  clear(document.getElementById('events')).append(table(EVENT_HEADERS, view.events.map(eventRow)));
  clear(document.getElementById('exchanges')).append(table(LEDGER_HEADERS, view.exchanges.map(ledgerRow)));
  clear(document.getElementById('screening')).append(view.screening.length
    ? table(SCREENING_HEADERS, view.screening.map(screeningRow)) : el('p', {class: 'meta'}, 'no list hits'));
  api('/api/network' + query({entity: e.id})).then(net => {
    chart = chart || echarts.init(document.getElementById('graph'));
    chart.setOption(graphOptions(net), true);
    chart.off('click');
    chart.on('click', p => { if (p.dataType === 'node') location.href = 'entity.html?id=' + encodeURIComponent(p.data.id); });
  });
}

async function load(id) {
  try {
    show(await api(entityPath(id)));
  } catch (err) {
    message(document.getElementById('meta'), err.message);
  }
}

document.getElementById('merge-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const other = document.getElementById('merge-with').value.trim();
  try {
    const view = await postJson(entityPath(param('id')) + '/merge', {with: other});
    show(view);
    message(document.getElementById('edit-status'), 'merged ' + other, 'info');
  } catch (err) {
    message(document.getElementById('edit-status'), err.message);
  }
});

document.getElementById('split-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const names = document.getElementById('split-names').value.split(',').map(s => s.trim()).filter(Boolean);
  try {
    const view = await postJson(entityPath(param('id')) + '/split', {names});
    location.href = 'entity.html?id=' + encodeURIComponent(view.entity.id);
  } catch (err) {
    message(document.getElementById('edit-status'), err.message);
  }
});

load(param('id'));
