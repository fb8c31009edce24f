import {api, query} from './api.js';
import {clear, link, message, param, table} from './dom.js';
import {nav} from './nav.js';
import {graphOptions} from './charts.js';

nav();
const chart = echarts.init(document.getElementById('chart'));
chart.on('click', p => {
  if (p.dataType === 'node') location.href = 'entity.html?id=' + encodeURIComponent(p.data.id);
});

async function show(entity) {
  const box = document.getElementById('links');
  try {
    const net = await api('/api/network' + query({entity}));
    chart.setOption(graphOptions(net), true);
    const names = new Map(net.nodes.map(n => [n.id, n.name]));
    clear(box).append(table(['From', 'To', 'Kind', 'What', 'Times'], net.links.map(l => [
      link('entity.html', {id: l.source}, names.get(l.source)), link('entity.html', {id: l.target}, names.get(l.target)),
      l.kind, l.label, l.count])));
  } catch (err) {
    message(box, err.message);
  }
}

if (param('entity')) document.getElementById('entity').value = param('entity');
document.getElementById('filter-form').addEventListener('submit', (e) => {
  e.preventDefault();
  show(document.getElementById('entity').value.trim());
});
show(param('entity'));
