// Table rows shared by the entity, timeline and ledger pages.
import {el, link, provisions, verdictBadge} from './dom.js';

export function eventRow(r) {
  const v = r.event;
  return [v.date || 'undated', v.type,
    r.actorNames.map((n, i) => [i ? ', ' : '', link('entity.html', {id: v.actors[i]}, n)]),
    r.placeName || '',
    link('document.html', {id: r.document, at: v.span.start}, v.text)];
}

export const EVENT_HEADERS = ['Date', 'Type', 'Actors', 'Place', 'Evidence'];

export function ledgerRow(r) {
  const x = r.exchange;
  return [link('entity.html', {id: x.from}, r.fromName), '→', link('entity.html', {id: x.to}, r.toName),
    el('span', {}, x.item, x.quantity ? el('small', {}, ' ' + x.quantity) : null),
    x.category, x.status, verdictBadge(r.decision), provisions(r.decision),
    link('document.html', {id: r.document, at: x.span.start}, x.text)];
}

export const LEDGER_HEADERS = ['From', '', 'To', 'Item', 'Category', 'Status', 'Verdict', 'Provisions', 'Evidence'];

export function screeningRow(r) {
  const h = r.hit;
  return [r.entityName, h.list + ' ' + h.ref, h.listedName, h.score.toFixed(2), h.why,
    r.document ? link('document.html', {id: r.document}, 'document') : ''];
}

export const SCREENING_HEADERS = ['Entity', 'List entry', 'Listed name', 'Score', 'Why', ''];
