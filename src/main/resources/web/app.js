'use strict';
/*
 * The page: search with facets, an entity/metric timeline, and articles with a fact's sentence highlighted.
 * Views are chosen by the URL's fragment (#/search?q=…, #/timeline?entity=…&metric=…, #/article/ID?start=…&end=…),
 * so every state can be bookmarked and the back button works. Data comes from /api/*; it is shown with Dom (text
 * nodes only; see dom.js).
 */
(() => {
  const {el, clear, marked, safeUrl, debounce, human} = Dom;
  const $ = id => document.getElementById(id);
  const FILTERS = ['entity', 'metric', 'source', 'lang', 'from', 'to'];
  const FACETS = [['entity', 'Entity'], ['metric', 'Metric'], ['source', 'Source'], ['lang', 'Language'],
    ['published', 'Published']];
  const PAGE_SIZE = 10;
  let timeline = null;
  let generation = 0; // answers to an older navigation are dropped
  let searchEntity = null; // the entity the last search was about, offered first on the timeline view

  // ---- plumbing ----------------------------------------------------------------------------------------------

  async function api(path, params) {
    const response = await fetch('/api/' + path + (params ? '?' + params : ''), {headers: {Accept: 'application/json'}});
    let body;
    try {
      body = await response.json();
    } catch (e) {
      body = {error: response.status + ' ' + response.statusText};
    }
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function showError(e) {
    $('error').textContent = e.message || String(e);
    $('error').hidden = false;
  }

  function location() {
    const hash = window.location.hash.replace(/^#/, '') || '/search';
    const q = hash.indexOf('?');
    return {path: q < 0 ? hash : hash.slice(0, q), params: new URLSearchParams(q < 0 ? '' : hash.slice(q + 1))};
  }

  function go(path, params) {
    const query = params ? params.toString() : '';
    window.location.hash = '#' + path + (query ? '?' + query : '');
  }

  function articleLink(doc, start, end) {
    const params = start !== undefined && start !== null ? new URLSearchParams({start, end}) : null;
    return '#/article/' + encodeURIComponent(doc) + (params ? '?' + params : '');
  }

  function show(view) {
    for (const v of ['search', 'timeline', 'article']) $('view-' + v).hidden = v !== view;
    $('nav-search').classList.toggle('active', view === 'search');
    $('nav-timeline').classList.toggle('active', view === 'timeline');
  }

  async function route() {
    const {path, params} = location();
    const mine = ++generation;
    $('error').hidden = true;
    hideTooltip();
    try {
      if (path.startsWith('/article/')) await showArticle(decodeURIComponent(path.slice('/article/'.length)), params, mine);
      else if (path === '/timeline') await showTimeline(params, mine);
      else await showSearch(params, mine);
    } catch (e) {
      if (mine === generation) {
        clearViews(); // an error replaces what was shown, it does not sit above an older answer
        showError(e);
      }
    }
  }

  function clearViews() {
    timeline = null;
    for (const id of ['results', 'facets', 'pager', 'chart', 'timeline-offers', 'article-meta', 'article-entities',
      'article-facts', 'article-text']) clear($(id));
    clear($('points').tBodies[0]);
    for (const id of ['result-count', 'timeline-title', 'article-title']) $(id).textContent = '';
    $('results').dataset.shown = 'error';
  }

  // ---- search ------------------------------------------------------------------------------------------------

  async function showSearch(params, mine) {
    show('search');
    $('q').value = params.get('q') || '';
    renderChips(params);
    const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    const query = new URLSearchParams();
    for (const k of ['q', ...FILTERS]) if (params.get(k)) query.set(k, params.get(k));
    query.set('page', page);
    query.set('size', PAGE_SIZE);
    const res = await api('search', query);
    if (mine !== generation) return;
    $('result-count').textContent = res.total === 1 ? '1 article' : `${res.total.toLocaleString('en')} articles`;
    const list = clear($('results'));
    for (const hit of res.hits) list.appendChild(result(hit));
    searchEntity = params.get('entity') || (res.hits.find(h => h.matched_entities) || {matched_entities: [null]}).matched_entities[0];
    renderFacets(res.aggregations, params);
    renderPager(res.total, page, params);
    // What the list now shows, for whoever waits on it (scripts, tests): the query string it answers.
    list.dataset.shown = query.toString();
  }

  function result(hit) {
    const s = hit.source;
    const meta = [s.source, s.published ? s.published.slice(0, 10) : null, s.lang].filter(Boolean).join(' · ');
    const item = el('li', {class: 'result', 'data-id': hit.id},
        el('a', {class: 'result-title', href: articleLink(hit.id)}, s.display_title || s.title || '(untitled)'),
        el('div', {class: 'result-meta muted'}, meta));
    if (hit.matched_entities) {
      item.appendChild(el('div', {class: 'result-why muted'}, 'names ' + hit.matched_entities.join(', ')));
    }
    for (const snippet of hit.highlight.text || []) item.appendChild(el('p', {class: 'snippet'}, marked(snippet)));
    return item;
  }

  function renderFacets(aggregations, params) {
    const box = clear($('facets'));
    for (const [name, label] of FACETS) {
      let buckets = (aggregations[name] || {}).buckets || [];
      if (name === 'published') buckets = buckets.slice(-24).reverse().map(b => ({key: b.key_as_string, doc_count: b.doc_count}));
      if (!buckets.length) continue;
      const list = el('ul', {class: 'facet-list'});
      for (const b of buckets) {
        const button = el('button', {type: 'button', class: 'facet', 'data-facet': name, 'data-key': b.key},
            el('span', {class: 'facet-key'}, b.key), el('span', {class: 'count'}, b.doc_count.toLocaleString('en')));
        button.addEventListener('click', () => {
          const next = new URLSearchParams(params);
          if (name === 'published') {
            next.set('from', b.key);
            next.set('to', b.key);
          } else {
            next.set(name, b.key);
          }
          next.delete('page');
          go('/search', next);
        });
        list.appendChild(el('li', null, button));
      }
      box.appendChild(el('section', {class: 'facet-group', 'data-facet': name}, el('h3', null, label), list));
    }
  }

  function renderChips(params) {
    const box = clear($('filters'));
    for (const k of FILTERS) {
      const v = params.get(k);
      if (!v) continue;
      const chip = el('button', {type: 'button', class: 'chip', title: 'Remove this filter'}, `${k}: ${v} ×`);
      chip.addEventListener('click', () => {
        const next = new URLSearchParams(params);
        next.delete(k);
        next.delete('page');
        go('/search', next);
      });
      box.appendChild(chip);
    }
  }

  function renderPager(total, page, params) {
    const box = clear($('pager'));
    const pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return;
    const to = n => {
      const next = new URLSearchParams(params);
      next.set('page', n);
      return '#/search?' + next;
    };
    if (page > 1) box.appendChild(el('a', {href: to(page - 1), class: 'button'}, '← Previous'));
    box.appendChild(el('span', {class: 'muted'}, ` page ${page} of ${Math.min(pages, 1000)} `));
    if (page < pages && page * PAGE_SIZE < 10000) box.appendChild(el('a', {href: to(page + 1), class: 'button'}, 'Next →'));
  }

  // ---- timeline ----------------------------------------------------------------------------------------------

  async function showTimeline(params, mine) {
    show('timeline');
    await metricsLoaded;
    const entity = params.get('entity'), metric = params.get('metric');
    const minConfidence = params.get('min_confidence') || '';
    if (entity) $('entity').value = entity;
    if (metric) $('metric').value = metric;
    $('min-confidence').value = minConfidence;
    clear($('timeline-offers'));
    if (!entity || !metric) {
      timeline = null;
      $('timeline-title').textContent = 'Pick an entity and a metric';
      clear($('chart'));
      clear($('points').tBodies[0]);
      await offerTimelines(minConfidence, mine);
      return;
    }
    const query = new URLSearchParams({entity, metric});
    if (minConfidence) query.set('min_confidence', minConfidence);
    const t = await api('timeline', query);
    if (mine !== generation) return;
    timeline = t;
    const n = t.points.length, conflicts = t.points.filter(p => p.conflict).length;
    $('timeline-title').textContent = `${t.entity} · ${t.metric} · ${n} point${n === 1 ? '' : 's'}`
        + (conflicts ? ` · ${conflicts} in conflict` : '');
    drawChart();
    renderPoints(t);
    if (!n) offerInstead(t, minConfidence);
    const base = {entity: t.entity, metric: t.metric};
    if (minConfidence) base.min_confidence = minConfidence;
    const file = `${t.entity}-${t.metric}`.replace(/[^\p{L}\p{N}_-]+/gu, '_');
    $('export-csv').href = '/api/facts?' + new URLSearchParams({...base, format: 'csv'});
    $('export-csv').download = file + '.csv';
    $('export-jsonl').href = '/api/facts?' + new URLSearchParams({...base, format: 'jsonl'});
    $('export-jsonl').download = file + '.jsonl';
  }

  function timelineLink(entity, metric, minConfidence) {
    const params = new URLSearchParams({entity, metric});
    if (minConfidence) params.set('min_confidence', minConfidence);
    return '#/timeline?' + params;
  }

  /** Before anything is asked: the timelines with most facts, and those of the entity the last search was about. */
  async function offerTimelines(minConfidence, mine) {
    const query = new URLSearchParams({limit: 12});
    if (minConfidence) query.set('min_confidence', minConfidence);
    const res = await api('timelines', query);
    let own = [];
    if (searchEntity) {
      const mineQuery = new URLSearchParams(query);
      mineQuery.set('entity', searchEntity);
      own = (await api('timelines', mineQuery)).timelines;
    }
    if (mine !== generation) return;
    const box = clear($('timeline-offers'));
    if (searchEntity) {
      box.appendChild(el('p', {class: 'muted'}, `From your search: ${searchEntity}`));
      $('entity').value = searchEntity;
    }
    const key = t => t.entity + '\u0000' + t.metric;
    const seen = new Set(own.map(key));
    const offers = [...own, ...res.timelines.filter(t => !seen.has(key(t)))];
    const list = el('ul', {class: 'offers'});
    for (const t of offers) {
      list.appendChild(el('li', null, el('a', {href: timelineLink(t.entity, t.metric, minConfidence)},
          `${t.entity} · ${t.metric}`), el('span', {class: 'muted'}, ` ${t.facts.toLocaleString('en')} facts`)));
    }
    if (offers.length) box.append(el('h2', null, 'Timelines with most facts'), list);
  }

  /** An empty timeline: the entity's other metrics, or entities with facts whose names are close. */
  function offerInstead(t, minConfidence) {
    const box = clear($('timeline-offers'));
    const list = el('ul', {class: 'offers'});
    if (t.other_metrics) {
      box.appendChild(el('p', {class: 'muted'}, `${t.entity} has no ${t.metric} facts; it has:`));
      for (const [metric, n] of Object.entries(t.other_metrics)) {
        list.appendChild(el('li', null, el('a', {href: timelineLink(t.entity, metric, minConfidence)},
            `${t.entity} · ${metric}`), el('span', {class: 'muted'}, ` ${n} facts`)));
      }
    } else {
      box.appendChild(el('p', {class: 'muted'}, `No facts about ${t.entity}.`
          + (t.close_entities && t.close_entities.length ? ' Did you mean:' : '')));
      for (const e of t.close_entities || []) {
        list.appendChild(el('li', null, el('a', {href: timelineLink(e, t.metric, minConfidence)}, e)));
      }
    }
    box.appendChild(list);
  }

  function drawChart() {
    if (!timeline) return;
    const box = clear($('chart'));
    box.appendChild(TimelineChart.render(timeline, box.clientWidth || 640, {
      hover: showTooltip, leave: hideTooltip,
      open: p => go(articleLink(p.sources[0].doc, p.sources[0].start, p.sources[0].end).slice(1))
    }));
  }

  function pointValue(p) {
    return `${TimelineChart.valueLabel(p)} ${p.unit}`;
  }

  function showTooltip(p, node) {
    const tip = clear($('tooltip'));
    tip.appendChild(el('div', {class: 'tip-head'}, `${p.as_of} · ${pointValue(p)} · ${p.claim}`));
    if (p.conflict) tip.appendChild(el('div', {class: 'tip-conflict'}, 'Sources disagree about this period'));
    const list = el('ul', {class: 'tip-sources'});
    for (const s of p.sources.slice(0, 5)) {
      const sentence = s.sentence.length > 220 ? s.sentence.slice(0, 217) + '…' : s.sentence;
      list.appendChild(el('li', {class: 'tip-source'},
          el('div', {class: 'tip-title'}, s.title || s.doc),
          el('div', {class: 'muted'}, [s.source, s.published, s.speaker ? 'said by ' + s.speaker : null]
              .filter(Boolean).join(' · ')),
          el('q', null, sentence)));
    }
    if (p.sources.length > 5) list.appendChild(el('li', {class: 'muted'}, `and ${p.sources.length - 5} more`));
    tip.appendChild(list);
    tip.appendChild(el('div', {class: 'muted'}, 'Click to open the article'));
    tip.hidden = false;
    const box = $('view-timeline').getBoundingClientRect(), r = node.getBoundingClientRect();
    const width = Math.min(360, box.width - 16);
    tip.style.width = width + 'px';
    tip.style.left = Math.max(8, Math.min(r.left - box.left + r.width / 2 - width / 2, box.width - width - 8)) + 'px';
    tip.style.top = (r.bottom - box.top + 8) + 'px';
  }

  function hideTooltip() {
    $('tooltip').hidden = true;
  }

  function renderPoints(t) {
    const body = clear($('points').tBodies[0]);
    for (const p of t.points) {
      const sources = el('ul', {class: 'point-sources'});
      for (const s of p.sources) {
        sources.appendChild(el('li', null, el('a', {href: articleLink(s.doc, s.start, s.end)},
            [s.source || s.title || s.doc, s.published ? s.published.slice(0, 10) : null].filter(Boolean).join(' · '))));
      }
      body.appendChild(el('tr', {class: p.conflict ? 'conflict' : null},
          el('td', null, p.as_of || '(undated)'),
          el('td', null, pointValue(p)),
          el('td', null, p.claim + (p.conflict ? ' · conflict' : '')),
          el('td', null, sources)));
    }
  }

  // The metrics of DESIGN.md first, the finer other:* ones grouped after.
  const metricsLoaded = api('metrics').then(res => {
    const select = $('metric');
    const core = el('optgroup', {label: 'Metrics'}), other = el('optgroup', {label: 'Other metrics'});
    for (const m of res.core || res.metrics) core.appendChild(el('option', {value: m}, m));
    for (const m of res.other || []) other.appendChild(el('option', {value: m}, m));
    select.append(core, other);
    select.value = res.metrics.includes('DAU') ? 'DAU' : res.metrics[0];
  }).catch(showError);

  const suggest = debounce(async () => {
    const q = $('entity').value.trim();
    if (!q) return;
    try {
      const res = await api('entities', new URLSearchParams({q, limit: 8}));
      const list = clear($('entity-options'));
      for (const e of res.entities) {
        const names = [...e.zh.slice(0, 1), ...e.en.slice(0, 1)].filter(n => n !== e.id).join(' · ');
        list.appendChild(el('option', {value: e.id, label: names || e.id}));
      }
    } catch (e) {
      // autocomplete is a convenience; the form still works without it
    }
  }, 150);

  // ---- article -----------------------------------------------------------------------------------------------

  async function showArticle(id, params, mine) {
    show('article');
    const a = await api('articles/' + encodeURIComponent(id));
    if (mine !== generation) return;
    $('article-title').textContent = a.display_title || a.title || '(untitled)';
    const meta = clear($('article-meta'));
    meta.appendChild(document.createTextNode([a.source, a.published, a.lang, a.author].filter(Boolean).join(' · ')));
    const url = safeUrl(a.url);
    if (url) meta.append(' · ', el('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original'));
    const entities = clear($('article-entities'));
    for (const e of a.entities) {
      entities.appendChild(el('a', {class: 'chip', href: '#/search?' + new URLSearchParams({entity: e})}, e));
    }
    const facts = clear($('article-facts'));
    for (const f of a.facts) {
      facts.appendChild(el('li', null, el('a', {href: articleLink(a.id, f.start, f.end)},
          `${f.entity} · ${f.metric} ${pointValue(f)} · ${f.as_of || 'undated'} · ${f.claim}`
          + (f.confidence !== undefined && f.confidence !== null ? ` · confidence ${f.confidence}` : '')),
          ' ', el('a', {class: 'muted', href: '#/timeline?' + new URLSearchParams({entity: f.entity, metric: f.metric})},
              'timeline')));
    }
    if (!a.facts.length) facts.appendChild(el('li', {class: 'muted'}, 'No facts found in this article'));
    const text = clear($('article-text'));
    const start = parseInt(params.get('start'), 10), end = parseInt(params.get('end'), 10);
    if (start >= 0 && end > start && end <= a.text.length) {
      const mark = el('mark', {id: 'fact-sentence'}, a.text.slice(start, end));
      text.append(a.text.slice(0, start), mark, a.text.slice(end));
      mark.scrollIntoView({block: 'center'});
    } else {
      text.textContent = a.text;
      window.scrollTo(0, 0);
    }
  }

  // ---- wiring ------------------------------------------------------------------------------------------------

  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const next = location().path === '/search' ? new URLSearchParams(location().params) : new URLSearchParams();
    next.delete('page');
    const q = $('q').value.trim();
    if (q) next.set('q', q);
    else next.delete('q');
    go('/search', next);
  });
  $('timeline-form').addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams({entity: $('entity').value.trim(), metric: $('metric').value});
    if ($('min-confidence').value) next.set('min_confidence', $('min-confidence').value);
    go('/timeline', next);
  });
  $('entity').addEventListener('input', suggest);
  $('export-png').addEventListener('click', () => {
    const chart = $('chart').querySelector('svg');
    if (chart && timeline) TimelineChart.exportPng(chart, `${timeline.entity}-${timeline.metric}.png`);
  });
  $('export-svg').addEventListener('click', () => {
    const chart = $('chart').querySelector('svg');
    if (chart && timeline) TimelineChart.exportSvg(chart, `${timeline.entity}-${timeline.metric}.svg`);
  });
  window.addEventListener('resize', debounce(() => {
    if (!$('view-timeline').hidden) drawChart();
  }, 200));
  window.addEventListener('hashchange', route);
  route();
})();
