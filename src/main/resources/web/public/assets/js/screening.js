import {api, postJson} from './api.js';
import {clear, el, message, table} from './dom.js';
import {nav} from './nav.js';
import {SCREENING_HEADERS, screeningRow} from './rows.js';

nav();

function rows(box, hits) {
  clear(box).append(hits.length ? table(SCREENING_HEADERS, hits.map(screeningRow))
    : el('p', {class: 'meta'}, 'no hits'));
}

document.getElementById('screen-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const box = document.getElementById('result');
  const year = document.getElementById('birth-year').value.trim();
  try {
    const answer = await postJson('/api/screening', {
      name: document.getElementById('name').value.trim(),
      organisation: document.getElementById('kind').value === 'organisation',
      birthYear: year ? Number(year) : null,
      nationality: document.getElementById('nationality').value.trim() || null,
    });
    clear(box).append(table(['List entry', 'Listed name', 'Matched form', 'Score', '', 'Why'],
      answer.matches.map(m => [m.list + ' ' + m.ref, m.listedName, m.listedForm, m.score.toFixed(2),
        el('span', {class: 'badge ' + (m.match ? 'prohibited' : 'none')}, m.match ? 'MATCH' : 'attributes disagree'),
        m.why])));
    rows(document.getElementById('result-recorded'), answer.recorded);
  } catch (err) {
    message(box, err.message);
  }
});

api('/api/screening').then(hits => rows(document.getElementById('recorded'), hits))
  .catch(err => message(document.getElementById('recorded'), err.message));
