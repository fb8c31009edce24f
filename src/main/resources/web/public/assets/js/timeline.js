import {api, query} from './api.js';
import {clear, message, param, table} from './dom.js';
import {nav} from './nav.js';
import {EVENT_HEADERS, eventRow} from './rows.js';
import {timelineOptions} from './charts.js';

nav();
const chart = echarts.init(document.getElementById('chart'));
chart.on('click', p => {
  location.href = 'document.html?' + new URLSearchParams({id: p.data.document, at: p.data.at});
});

async function show(params) {
  const box = document.getElementById('events');
  try {
    const rows = await api('/api/timeline' + query(params));
    chart.setOption(timelineOptions(rows), true);
    clear(box).append(table(EVENT_HEADERS, rows.map(eventRow)));
  } catch (err) {
    message(box, err.message);
  }
}

const fields = ['entity', 'from', 'to'];
fields.forEach(f => { if (param(f)) document.getElementById(f).value = param(f); });
document.getElementById('filter-form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(Object.fromEntries(fields.map(f => [f, document.getElementById(f).value.trim()])));
});
show(Object.fromEntries(fields.map(f => [f, param(f)])));
