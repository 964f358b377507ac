'use strict';
/*
 * Building the page safely. Everything shown comes from crawled articles, which are hostile input: text goes
 * into the page only as text nodes (textContent), never through innerHTML, and links only when they are http(s).
 * The one piece of markup we accept is Lucene's highlighted snippet, which the server has HTML-escaped and marked
 * with <mark>: it is rebuilt from a whitelist (<mark> and </mark>; every other character is text).
 */
const Dom = (() => {
  const SVG_NS = 'http://www.w3.org/2000/svg';

  function append(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function setAttributes(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) throw new Error('no inline handlers: ' + k);
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }

  /** An HTML element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attrs);
    return append(node, children);
  }

  /** An SVG element; presentation attributes only (the CSP allows no inline style). */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attrs);
    return append(node, children);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const NAMED = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

  /** Decodes the character references an HTML-escaping formatter writes (&amp; &lt; &#x27; &#47; …). */
  function unescape(s) {
    return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return Object.prototype.hasOwnProperty.call(NAMED, ref) ? NAMED[ref] : m;
    });
  }

  /** A highlighted snippet as DOM nodes: text, and <mark> elements where the server marked matches. */
  function marked(snippet) {
    const fragment = document.createDocumentFragment();
    let target = fragment;
    for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') {
        if (target === fragment) target = fragment.appendChild(document.createElement('mark'));
      } else if (part === '</mark>') {
        target = fragment;
      } else if (part) {
        target.appendChild(document.createTextNode(unescape(part)));
      }
    }
    return fragment;
  }

  /** The URL when it is http(s), else null: a crawled javascript: or data: URL never becomes a link. */
  function safeUrl(u) {
    if (!u) return null;
    try {
      const url = new URL(u, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  /** 600000000 → "600M", 41700000000 → "41.7B", ratios as percentages. */
  function human(v, unit) {
    if (unit === 'ratio') return trim(v * 100) + '%';
    const a = Math.abs(v);
    if (a >= 1e12) return trim(v / 1e12) + 'T';
    if (a >= 1e9) return trim(v / 1e9) + 'B';
    if (a >= 1e6) return trim(v / 1e6) + 'M';
    if (a >= 1e4) return trim(v / 1e3) + 'K';
    return trim(v);
  }

  function trim(v) {
    return String(Math.round(v * 100) / 100);
  }

  return {el, svg, clear, marked, unescape, safeUrl, debounce, human};
})();
