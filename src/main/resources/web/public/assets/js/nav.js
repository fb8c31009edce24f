import {el} from './dom.js';
import {api} from './api.js';

const PAGES = [
  ['index.html', 'Search'], ['timeline.html', 'Timeline'], ['network.html', 'Network'],
  ['ledger.html', 'Exchanges'], ['screening.html', 'Screening'], ['brief.html', 'Brief'],
  ['/api/docs', 'API'],
];

/** The header bar every page shares. */
export function nav() {
  const here = location.pathname.replace(/^\//, '') || 'index.html';
  document.getElementById('nav').append(
    el('a', {href: 'index.html', class: 'brand'}, 'Axiswatch'),
    el('nav', {}, PAGES.map(([href, label]) =>
      el('a', {href, class: here === href ? 'here' : null}, label))),
    el('button', {type: 'button', class: 'logout', onclick: async () => {
      await api('/api/logout', {method: 'POST'});
      location.href = '/login.html';
    }}, 'Log out'));
}
