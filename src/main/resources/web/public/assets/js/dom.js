// Builds DOM from data. Text always goes in as text nodes, never as markup: document text is
// untrusted, and this is the only way the pages put it on screen.

const PAGE_LINK = /^(#[\w-]*|(\/|[a-z-]+\.html|\/api\/docs)([?#][^\s]*)?)$/;

/** el('a', {href: 'entity.html?id=' + encodeURIComponent(id)}, 'text', childNode, …) */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'href') e.setAttribute('href', pageLink(v));
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'data') Object.entries(v).forEach(([dk, dv]) => { e.dataset[dk] = dv; });
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

export function append(parent, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Only links to our own pages: a javascript: or other-site URL never becomes an href. */
export function pageLink(href) {
  return PAGE_LINK.test(href) ? href : '#';
}

export function link(page, params, ...children) {
  return el('a', {href: page + '?' + new URLSearchParams(params).toString()}, ...children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

export function table(headers, rows) {
  if (!rows.length) return el('p', {class: 'meta'}, 'none');
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

export function verdictBadge(decision) {
  if (!decision) return el('span', {class: 'badge none'}, 'not judged');
  return el('span', {class: 'badge ' + decision.verdict.toLowerCase()}, decision.verdict);
}

export function provisions(decision) {
  if (!decision) return '';
  return el('ul', {class: 'provisions'}, decision.provisions.map(p =>
    el('li', {title: p.why}, 'UNSCR ' + p.resolution + ' ¶' + p.paragraph)));
}

export function message(node, text, kind = 'error') {
  clear(node).append(el('p', {class: kind}, text));
}
