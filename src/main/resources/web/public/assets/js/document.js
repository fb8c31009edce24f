import {api} from './api.js';
import {clear, el, link, message, param, table, verdictBadge} from './dom.js';
import {nav} from './nav.js';

nav();

// Cuts the text at every span boundary so overlapping marks (a mention inside an event inside an
// exchange) become runs that each carry all their classes; every run is a text node in an element.
function marked(text, doc) {
  const marks = [];
  doc.mentions.forEach(m => marks.push({s: m.span.start, e: m.span.end, kind: 'm', m}));
  doc.events.forEach((v, i) => marks.push({s: v.span.start, e: v.span.end, kind: 'ev', i}));
  doc.exchanges.forEach((x, i) => marks.push({s: x.span.start, e: x.span.end, kind: 'ex', i}));
  const anchors = new Set(flatOutline(doc.outline).map(n => n.span.start));
  const cuts = new Set([0, text.length, ...anchors]);
  marks.forEach(k => { cuts.add(k.s); cuts.add(k.e); });
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const over = marks.filter(k => k.s <= s && e <= k.e && k.s < k.e);
    const run = text.slice(s, e);
    const mention = over.find(k => k.kind === 'm');
    const classes = [...new Set(over.map(k => k.kind))];
    if (mention) classes.push('t-' + mention.m.type.toLowerCase());
    let node;
    if (mention && mention.m.entity) {
      node = link('entity.html', {id: mention.m.entity}, run);
      node.title = mention.m.type + ' · ' + mention.m.entity;
    } else {
      node = el('span', {}, run);
      if (mention) node.title = mention.m.type + (mention.m.value ? ' · ' + mention.m.value : '');
    }
    if (classes.length) node.className = classes.join(' ');
    node.dataset.at = s;
    if (anchors.has(s)) node.id = 'at-' + s;
    out.append(node);
  }
  return out;
}

function flatOutline(nodes) {
  return nodes.flatMap(n => [n, ...flatOutline(n.children)]);
}

function short(text) {
  return text.length > 48 ? text.slice(0, 47) + '…' : text;
}

function outlineTree(nodes) {
  if (!nodes.length) return null;
  return el('ul', {}, nodes.map(n => el('li', {class: 'k-' + n.kind.toLowerCase()},
    el('a', {href: '#at-' + n.span.start, title: n.text}, short((n.marker ? n.marker + ' ' : '') + n.text)),
    outlineTree(n.children))));
}

function scrollTo(offset) {
  const runs = [...document.querySelectorAll('#text [data-at]')];
  const run = runs.filter(r => Number(r.dataset.at) <= offset).pop();
  if (run) {
    run.classList.add('flash');
    run.scrollIntoView({block: 'center'});
  }
}

async function show() {
  const id = param('id');
  const textBox = document.getElementById('text');
  try {
    const doc = await api('/api/documents/' + encodeURIComponent(id));
    const s = doc.summary;
    document.title = 'Axiswatch · ' + s.title;
    document.getElementById('title').textContent = s.title;
    document.getElementById('meta').textContent =
      [s.fileName, s.mediaType, s.language, s.date, s.author].filter(Boolean).join(' · ');
    clear(textBox).append(marked(doc.text, doc));
    const tree = outlineTree(doc.outline);
    clear(document.getElementById('outline')).append(tree || el('p', {class: 'meta'}, 'no outline'));
    clear(document.getElementById('entities')).append(el('ul', {class: 'names'},
      doc.entities.map(e => el('li', {}, link('entity.html', {id: e.id}, e.name), ' ', el('small', {}, e.type)))));
    clear(document.getElementById('events')).append(table(['Date', 'Type', 'Evidence'],
      doc.events.map(v => [v.date || '', v.type, el('a', {href: '#at-' + v.span.start,
        onclick: (e) => { e.preventDefault(); scrollTo(v.span.start); }}, v.text)])));
    const byIndex = new Map(doc.decisions.map(d => [d.exchange, d]));
    const names = new Map(doc.entities.map(e => [e.id, e.name]));
    const name = (id) => names.get(id) || id;
    clear(document.getElementById('exchanges')).append(table(['Who → whom', 'Item', 'Verdict'],
      doc.exchanges.map((x, i) => [name(x.from) + ' → ' + name(x.to), x.item + ' (' + x.category + ')',
        verdictBadge(byIndex.get(i))])));
    clear(document.getElementById('claims')).append(table(['Kind', 'Source', 'Claim', 'Grade'],
      doc.claims.map((c, i) => [c.kind, c.source ? name(c.source) : 'author',
        el('a', {href: '#at-' + c.span.start, onclick: (e) => { e.preventDefault(); scrollTo(c.span.start); }}, c.text),
        el('span', {title: (doc.claimReasons || [])[i] || ''},
          c.reliability + c.credibility + (c.estimative ? ' · ' + c.estimative.level : ''))])));
    if (param('at')) scrollTo(Number(param('at')));
  } catch (err) {
    message(textBox, err.message);
  }
}

show();
