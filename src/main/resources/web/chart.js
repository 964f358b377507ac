'use strict';
/*
 * The timeline chart, drawn by hand as SVG (no chart library: the page must work without a CDN). Points sit at
 * the middle of the period they refer to (a period longer than a month also gets a span); reported values are
 * joined by a line, pledges are diamonds, forecasts hollow triangles, value ranges vertical bars, and points whose
 * period has disagreeing sources a red ring. The SVG uses presentation attributes only, so that exporting it (as
 * SVG, or drawn on a canvas as PNG) keeps its look.
 */
const TimelineChart = (() => {
  const {svg, human} = Dom;
  const COLORS = {reported: '#1f6fb2', pledge: '#d9822b', forecast: '#7b4fb0', conflict: '#d62728'};
  const HEIGHT = 360, MARGIN = {top: 56, right: 28, bottom: 40, left: 64}, LEGEND_ROW = 20;
  const FONT = 'sans-serif';
  const DAY = 86400000;

  const ONE = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-(\d{2}))?))?$/;

  /** First instant and the instant after the last day of an as_of period, in ms (UTC); null when undated. */
  function period(asOf) {
    if (!asOf) return null;
    const parts = asOf.split('/');
    const a = one(parts[0]), b = parts.length > 1 ? one(parts[1]) : a;
    return a && b ? {start: a.start, end: b.end} : null;
  }

  function one(s) {
    const m = ONE.exec(s.trim());
    if (!m) return null;
    const y = +m[1];
    if (m[2]) return span(y, (m[2] - 1) * 3, 3);
    if (m[3]) return span(y, m[3] === '1' ? 0 : 6, 6);
    if (m[5]) {
      const d = Date.UTC(y, m[4] - 1, +m[5]);
      return {start: d, end: d + DAY};
    }
    if (m[4]) return span(y, m[4] - 1, 1);
    return span(y, 0, 12);
  }

  function span(y, month, months) {
    return {start: Date.UTC(y, month, 1), end: Date.UTC(y, month + months, 1)};
  }

  /** Round steps (1, 2, 5 × 10^k) giving about {@code count} ticks over [lo, hi]. */
  function ticks(lo, hi, count) {
    const raw = (hi - lo) / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(f => f * mag).find(s => s >= raw);
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step / 1e6; v += step) out.push(v);
    return out;
  }

  function timeTicks(lo, hi) {
    const years = (hi - lo) / (365.25 * DAY);
    const monthsPerTick = years > 8 ? 24 : years > 3 ? 12 : years > 1.5 ? 6 : years > 0.7 ? 3 : 1;
    const d = new Date(lo);
    let y = d.getUTCFullYear(), m = Math.ceil(d.getUTCMonth() / monthsPerTick) * monthsPerTick;
    const out = [];
    for (let t = Date.UTC(y, m, 1); t <= hi; m += monthsPerTick, t = Date.UTC(y, m, 1)) {
      const td = new Date(t);
      const label = monthsPerTick >= 12 ? String(td.getUTCFullYear())
          : td.getUTCFullYear() + '-' + String(td.getUTCMonth() + 1).padStart(2, '0');
      out.push({t, label});
    }
    return out;
  }

  function marker(claim, x, y) {
    const c = COLORS[claim] || COLORS.reported;
    if (claim === 'pledge') {
      return svg('path', {d: `M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`, fill: c, stroke: '#fff',
        'stroke-width': 1});
    }
    if (claim === 'forecast') {
      return svg('path', {d: `M${x} ${y - 7}L${x + 7} ${y + 6}L${x - 7} ${y + 6}Z`, fill: '#fff', stroke: c,
        'stroke-width': 2});
    }
    return svg('circle', {cx: x, cy: y, r: 5.5, fill: c, stroke: '#fff', 'stroke-width': 1.5});
  }

  function valueLabel(p) {
    const q = p.qualifier === '=' || p.qualifier === 'range' ? '' : p.qualifier + ' ';
    const high = p.value_high !== undefined && p.value_high !== null ? '–' + human(p.value_high, p.unit) : '';
    return q + human(p.value, p.unit) + high;
  }

  /** The key to the markers, wrapped onto a second row when the chart is narrow; returns [node, rows]. */
  function legend(x, y, maxX) {
    const g = svg('g', {class: 'legend'});
    const items = [['reported', 58], ['pledge', 48], ['forecast', 58], ['range', 44], ['conflict', 52]];
    let dx = x, dy = y, rows = 1;
    for (const [item, textWidth] of items) {
      if (dx + 18 + textWidth > maxX && dx > x) {
        dx = x;
        dy += 20;
        rows++;
      }
      if (item === 'range') {
        g.appendChild(svg('rect', {x: dx + 3, y: dy - 8, width: 8, height: 16, fill: COLORS.reported,
          'fill-opacity': 0.3, stroke: COLORS.reported}));
      } else if (item === 'conflict') {
        g.appendChild(svg('circle', {cx: dx + 7, cy: dy, r: 7, fill: 'none', stroke: COLORS.conflict, 'stroke-width': 2}));
      } else {
        g.appendChild(marker(item, dx + 7, dy));
      }
      g.appendChild(svg('text', {x: dx + 18, y: dy + 4, 'font-size': 12, 'font-family': FONT, fill: '#333'}, item));
      dx += 18 + textWidth + 12;
    }
    return [g, rows];
  }

  /**
   * Draws the dated points of a timeline into a new SVG element of the given width.
   * @param handlers {hover(point, node), leave(), open(point)}
   */
  function render(timeline, width, handlers) {
    width = Math.max(300, Math.floor(width));
    const [key, rows] = legend(MARGIN.left, 40, width - MARGIN.right);
    const extra = (rows - 1) * LEGEND_ROW, height = HEIGHT + extra;
    const root = svg('svg', {xmlns: 'http://www.w3.org/2000/svg', width, height,
      viewBox: `0 0 ${width} ${height}`, class: 'timeline-chart', role: 'img',
      'aria-label': `${timeline.entity} ${timeline.metric} timeline`});
    root.appendChild(svg('rect', {x: 0, y: 0, width, height, fill: '#fff'}));
    root.appendChild(svg('text', {x: MARGIN.left, y: 20, 'font-size': 15, 'font-weight': 'bold', 'font-family': FONT,
      fill: '#111'}, `${timeline.entity} · ${timeline.metric}`));
    root.appendChild(key);

    const dated = timeline.points.map((p, i) => ({p, i, period: period(p.as_of)})).filter(d => d.period);
    const top = MARGIN.top + extra;
    const plotW = width - MARGIN.left - MARGIN.right, plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
    if (dated.length === 0) {
      root.appendChild(svg('text', {x: width / 2, y: height / 2, 'text-anchor': 'middle', 'font-size': 14,
        'font-family': FONT, fill: '#666'}, timeline.points.length ? 'No dated points to draw' : 'No facts'));
      return root;
    }

    let t0 = Math.min(...dated.map(d => d.period.start)), t1 = Math.max(...dated.map(d => d.period.end));
    const pad = Math.max((t1 - t0) * 0.06, 60 * DAY);
    t0 -= pad;
    t1 += pad;
    const values = dated.flatMap(d => [d.p.value, d.p.value_high ?? d.p.value]);
    let v0 = Math.min(0, ...values), v1 = Math.max(0, ...values);
    if (v1 === v0) v1 = v0 + 1;
    v1 += (v1 - v0) * 0.12;
    const xs = t => MARGIN.left + (t - t0) / (t1 - t0) * plotW;
    const ys = v => top + plotH - (v - v0) / (v1 - v0) * plotH;
    const unit = dated[0].p.unit;

    const grid = svg('g', {class: 'axes'});
    for (const v of ticks(v0, v1, 5)) {
      grid.appendChild(svg('line', {x1: MARGIN.left, x2: width - MARGIN.right, y1: ys(v), y2: ys(v), stroke: '#e3e3e3'}));
      grid.appendChild(svg('text', {x: MARGIN.left - 6, y: ys(v) + 4, 'text-anchor': 'end', 'font-size': 11,
        'font-family': FONT, fill: '#555'}, human(v, unit)));
    }
    const bottom = top + plotH;
    grid.appendChild(svg('line', {x1: MARGIN.left, x2: width - MARGIN.right, y1: bottom, y2: bottom, stroke: '#888'}));
    let lastX = -Infinity;
    for (const {t, label} of timeTicks(t0, t1)) {
      const x = xs(t);
      if (x - lastX < label.length * 7 + 8) continue;
      lastX = x;
      grid.appendChild(svg('line', {x1: x, x2: x, y1: bottom, y2: bottom + 5, stroke: '#888'}));
      grid.appendChild(svg('text', {x, y: bottom + 18, 'text-anchor': 'middle', 'font-size': 11, 'font-family': FONT,
        fill: '#555'}, label));
    }
    const units = new Set(dated.map(d => d.p.unit));
    grid.appendChild(svg('text', {x: 8, y: top - 4, 'font-size': 11, 'font-family': FONT, fill: '#555'},
        units.size === 1 ? unit : 'mixed units: ' + [...units].join(', ')));
    root.appendChild(grid);

    const mid = d => (d.period.start + d.period.end) / 2;
    const reported = dated.filter(d => d.p.claim === 'reported').sort((a, b) => mid(a) - mid(b));
    if (reported.length > 1) {
      const yOf = d => ys(d.p.value_high != null ? (d.p.value + d.p.value_high) / 2 : d.p.value);
      const path = reported.map((d, k) => (k ? 'L' : 'M') + xs(mid(d)).toFixed(1) + ' ' + yOf(d).toFixed(1)).join('');
      root.appendChild(svg('path', {d: path, fill: 'none', stroke: COLORS.reported, 'stroke-width': 2,
        class: 'reported-line'}));
    }

    for (const d of dated) {
      const p = d.p, c = COLORS[p.claim] || COLORS.reported;
      const x = xs(mid(d));
      const hasHigh = p.value_high !== undefined && p.value_high !== null;
      const y = ys(hasHigh ? (p.value + p.value_high) / 2 : p.value);
      const g = svg('g', {class: `point point-${p.claim}${p.conflict ? ' conflict' : ''}`, tabindex: 0,
        role: 'button', 'data-index': d.i, 'data-as-of': p.as_of,
        'aria-label': `${p.as_of}: ${valueLabel(p)} ${p.unit}, ${p.claim}${p.conflict ? ', conflict' : ''}`});
      if (d.period.end - d.period.start > 45 * DAY) {
        g.appendChild(svg('line', {x1: xs(d.period.start), x2: xs(d.period.end), y1: y, y2: y, stroke: c,
          'stroke-width': 3, 'stroke-opacity': 0.35}));
      }
      if (hasHigh) {
        g.appendChild(svg('rect', {x: x - 5, y: ys(p.value_high), width: 10,
          height: Math.max(2, ys(p.value) - ys(p.value_high)), fill: c, 'fill-opacity': 0.3, stroke: c,
          class: 'range'}));
      }
      if (p.conflict) {
        g.appendChild(svg('circle', {cx: x, cy: y, r: 11, fill: 'none', stroke: COLORS.conflict, 'stroke-width': 2.5,
          class: 'conflict-ring'}));
      }
      g.appendChild(marker(p.claim, x, y));
      g.appendChild(svg('text', {x: x + 10, y: y - 10, 'font-size': 11, 'font-family': FONT, fill: '#222'},
          valueLabel(p)));
      // A larger transparent target: points are easier to hover and tap than their 11-pixel markers.
      g.appendChild(svg('circle', {cx: x, cy: y, r: 14, fill: '#fff', 'fill-opacity': 0, class: 'hit'}));
      g.addEventListener('mouseenter', () => handlers.hover(p, g));
      g.addEventListener('focus', () => handlers.hover(p, g));
      g.addEventListener('mouseleave', () => handlers.leave());
      g.addEventListener('blur', () => handlers.leave());
      g.addEventListener('click', () => handlers.open(p));
      g.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') handlers.open(p);
      });
      root.appendChild(g);
    }
    return root;
  }

  function serialize(svgNode) {
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svgNode);
  }

  function download(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function exportSvg(svgNode, filename) {
    download(new Blob([serialize(svgNode)], {type: 'image/svg+xml'}), filename);
  }

  /** Draws the SVG on a canvas at twice its size and saves the canvas as PNG. */
  function exportPng(svgNode, filename) {
    const w = +svgNode.getAttribute('width'), h = +svgNode.getAttribute('height');
    const url = URL.createObjectURL(new Blob([serialize(svgNode)], {type: 'image/svg+xml'}));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = w * 2;
      canvas.height = h * 2;
      const ctx = canvas.getContext('2d');
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, w, h);
      URL.revokeObjectURL(url);
      canvas.toBlob(blob => download(blob, filename), 'image/png');
    };
    img.src = url;
  }

  return {render, period, exportSvg, exportPng, valueLabel};
})();
