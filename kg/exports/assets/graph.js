/* partkg graph.html: the page script. Every string that comes from a document reaches the DOM
   through textContent (el(), text nodes) or as a vis-network label/tooltip (drawn on the canvas,
   tooltips set with innerText); nothing is parsed as HTML. Links are built only from page paths
   the exporter made from slugs, and Wikidata ids it checked. */
(function () {
  'use strict';
  performance.mark('partkg:start');
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  performance.mark('partkg:parsed');
  var types = data.types, docs = data.docs;
  var state = window.partkg = {data: data, ready: false, readyAt: null};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function link(href, text) { var a = el('a', text); a.href = href; return a; }
  function short(s, n) { n = n || 48; return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function fold(s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  var byId = new Map(), edgeById = new Map(), edgesOf = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); edgesOf.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  });

  /* ---- the network ---- */
  var groups = {};
  Object.keys(types).forEach(function (t) {
    groups[t] = {shape: types[t].shape, color: {background: types[t].color, border: '#333',
      highlight: {background: types[t].color, border: '#000'}, hover: {background: types[t].color, border: '#000'}}};
  });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var o = {id: n.id, label: short(n.label), group: n.type, value: n.value, title: n.type + ': ' + n.label};
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    return o;
  }));
  var large = data.large;
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var d = docs[e.doc];
    return {id: e.id, from: e.from, to: e.to, label: e.predicate, dashes: e.reported,
      title: e.predicate + ' \u2014 ' + (e.reported ? 'reported by ' : 'according to ') + (d ? d.title : e.doc)};
  }));
  var visN = new Set(data.nodes.map(function (n) { return n.id; }));
  var visE = new Set(data.edges.map(function (e) { return e.id; }));
  /* Filters flip the hidden flag of the items that change. Through the DataSet (a DataView, or
     update({hidden})) vis-network re-processes every item it touches: one to three seconds at
     10,000 nodes. vis-network 9 (the copy pyvis ships) keeps its items in network.body and
     rebuilds its list of visible ones in _updateVisibleIndices(): flipping the flag there and
     redrawing takes milliseconds. Without that method, fall back to DataSet updates. */
  var shownN = new Set(visN), shownE = new Set(visE);
  function sync(kind, ds, want, shown) {
    var fast = typeof net._updateVisibleIndices === 'function' && net.body && net.body[kind];
    var changes = [];
    function flip(id, hidden) {
      if (fast) net.body[kind][id].options.hidden = hidden; else changes.push({id: id, hidden: hidden});
    }
    want.forEach(function (id) { if (!shown.has(id)) { flip(id, false); shown.add(id); } });
    shown.forEach(function (id) { if (!want.has(id)) { flip(id, true); shown.delete(id); } });
    if (changes.length) ds.update(changes);
    return fast;
  }
  var edgeFont = {size: 11, color: '#555', strokeWidth: 2, strokeColor: '#fff'};
  var options = {
    groups: groups,
    layout: {improvedLayout: false},
    nodes: {shape: 'dot', borderWidth: 1, font: {size: 14, color: '#222', strokeWidth: 3, strokeColor: '#fff'},
      scaling: {min: 7, max: 36, label: {enabled: true, min: 13, max: 24, drawThreshold: 5}}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, smooth: false, width: 1, selectionWidth: 2,
      color: {color: '#9aa5b1', highlight: '#222', hover: '#555'},
      /* vis-network draws every edge label in every frame (no culling): on a large graph only the
         edges of the selected node show theirs. Labels along the edge (align: 'middle') cost ten
         times as much to draw as horizontal ones. */
      font: large ? {size: 0} : edgeFont,
      chosen: large ? {edge: true, label: function (v) { v.size = edgeFont.size; v.strokeWidth = edgeFont.strokeWidth; }} : true},
    physics: data.physics ? {enabled: true, solver: 'barnesHut',
      barnesHut: {gravitationalConstant: -2500, centralGravity: 0.8, springLength: 110, springConstant: 0.04, avoidOverlap: 0.3},
      stabilization: {enabled: true, iterations: 250, fit: true}} : false,
    interaction: {hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large}
  };
  var net = new vis.Network(document.getElementById('graph'), {}, options);
  state.network = net; state.nodes = nodes; state.edges = edges;

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    performance.mark('partkg:drawn');
    document.body.setAttribute('data-ready', '1');
    openHash();
  }
  if (data.physics) {
    net.once('stabilizationIterationsDone', function () {
      net.setOptions({physics: false});
      net.once('afterDrawing', markReady);
      net.redraw();
    });
  } else {
    net.once('afterDrawing', markReady);
  }
  performance.mark('partkg:datasets');
  net.setData({nodes: nodes, edges: edges});
  performance.mark('partkg:network');

  /* ---- the side panel ---- */
  var panel = document.getElementById('panel');
  function docLink(docId, start, end) {
    var d = docs[docId], text = d ? d.title : docId;
    var a = el('a', short(text, 70));
    a.title = text;
    if (d && d.page) a.href = d.page + (start !== undefined ? '#ev-' + start + '-' + end : '');
    return a;
  }
  function nodeButton(id) {
    var n = byId.get(id), b = el('button', n ? n.label : id);
    b.type = 'button';
    b.addEventListener('click', function () { choose(id); });
    return b;
  }
  function factEl(e) {
    var d = el('div', undefined, 'fact');
    var rel = el('div', undefined, 'rel');
    rel.appendChild(nodeButton(e.from));
    rel.appendChild(el('span', ' ' + e.predicate + ' ', 'pred'));
    rel.appendChild(nodeButton(e.to));
    d.appendChild(rel);
    d.appendChild(el('blockquote', '\u201c' + e.quote + '\u201d', 'quote'));
    var m = el('div', undefined, 'meta');
    m.appendChild(el('span', e.reported ? 'reported by ' : 'according to ', e.reported ? 'reported' : undefined));
    m.appendChild(docLink(e.doc, e.start, e.end));
    var dd = docs[e.doc];
    if (dd && dd.date) m.appendChild(document.createTextNode(' (' + dd.date + ')'));
    d.appendChild(m);
    return d;
  }
  var MAX_FACTS = 200;
  function showNode(id) {
    var n = byId.get(id);
    panel.textContent = '';
    if (!n) return;
    panel.appendChild(el('h2', n.label));
    var meta = el('div', undefined, 'meta');
    meta.appendChild(document.createTextNode(n.type));
    if (n.page) {
      meta.appendChild(document.createTextNode(' \u00b7 '));
      meta.appendChild(link(n.page, docs[n.id] ? 'document page' : 'entity page'));
    }
    if (n.wikidata) {
      meta.appendChild(document.createTextNode(' \u00b7 '));
      meta.appendChild(link('https://www.wikidata.org/wiki/' + n.wikidata, 'Wikidata ' + n.wikidata));
    }
    panel.appendChild(meta);
    if (n.names.length) {
      panel.appendChild(el('div', 'Also: ' + n.names.slice(0, 12).join(' \u00b7 ') + (n.names.length > 12 ? ' \u2026' : ''), 'meta'));
    }
    if (n.docs.length) {
      var md = el('div', 'Mentioned in: ', 'meta');
      n.docs.forEach(function (d, i) { if (i) md.appendChild(document.createTextNode('; ')); md.appendChild(docLink(d)); });
      panel.appendChild(md);
    }
    var facts = edgesOf.get(id) || [];
    panel.appendChild(el('h3', facts.length + (facts.length === 1 ? ' fact' : ' facts')));
    facts.slice(0, MAX_FACTS).forEach(function (e) { panel.appendChild(factEl(e)); });
    if (facts.length > MAX_FACTS) panel.appendChild(el('p', '\u2026 and ' + (facts.length - MAX_FACTS) + ' more on the entity page.', 'note'));
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    panel.textContent = '';
    if (!e) return;
    panel.appendChild(el('h2', e.predicate));
    panel.appendChild(factEl(e));
    var same = (edgesOf.get(e.from) || []).filter(function (x) {
      return x !== e && ((x.from === e.from && x.to === e.to) || (x.from === e.to && x.to === e.from));
    });
    if (same.length) {
      panel.appendChild(el('h3', 'Between the same two'));
      same.forEach(function (x) { panel.appendChild(factEl(x)); });
    }
  }
  state.showNode = showNode;
  state.showEdge = showEdge;
  net.on('click', function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  function choose(id) {
    if (!byId.has(id)) return;
    if (!visN.has(id)) resetFilters();
    net.selectNodes([id]);
    net.focus(id, {scale: Math.max(net.getScale(), 1.0), animation: large ? false : {duration: 400}});
    showNode(id);
  }
  state.choose = choose;
  function openHash() {
    var m = /^#n=(.+)$/.exec(location.hash);
    if (m) choose(decodeURIComponent(m[1]));
  }
  window.addEventListener('hashchange', openHash);

  /* ---- search ---- */
  var search = document.getElementById('search'), results = document.getElementById('results');
  /* rank: the exact name (label or another name), a word of the label starting with the query,
     the query inside the label, inside another name; then shorter labels, then importance */
  var index = data.nodes.map(function (n) { return [n, fold(n.label), n.names.map(fold)]; });
  var hits = [];
  search.addEventListener('input', function () {
    var q = fold(search.value.trim());
    results.textContent = '';
    hits = [];
    if (!q) return;
    index.forEach(function (x) {
      var label = x[1], names = x[2], i = label.indexOf(q), rank;
      if (label === q || names.indexOf(q) >= 0) rank = 0;
      else if (i === 0 || (i > 0 && /[^0-9a-z\u0400-\u04ff]/.test(label.charAt(i - 1)))) rank = 1;
      else if (i > 0) rank = 2;
      else if (names.some(function (m) { return m.indexOf(q) >= 0; })) rank = 3;
      else return;
      hits.push([rank, x[0].label.length, -x[0].value, x[0]]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3].label < b[3].label ? -1 : 1); });
    hits.slice(0, 30).forEach(function (h) {
      var li = el('li'), b = el('button', h[3].label + ' (' + h[3].type + ')');
      b.type = 'button';
      b.addEventListener('click', function () { choose(h[3].id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(el('li', 'No entity matches.', 'note'));
    else if (hits.length > 30) results.appendChild(el('li', (hits.length - 30) + ' more: type more letters.', 'note'));
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && hits.length) { ev.preventDefault(); choose(hits[0][3].id); }
  });

  /* ---- legend and filters ---- */
  var enabledTypes = new Set(Object.keys(types));
  var count = {};
  data.nodes.forEach(function (n) { count[n.type] = (count[n.type] || 0) + 1; });
  var legend = document.getElementById('legend');
  Object.keys(types).forEach(function (t) {
    if (!count[t]) return;
    var lab = el('label'), cb = el('input');
    cb.type = 'checkbox'; cb.checked = true; cb.value = t;
    cb.setAttribute('data-type', t);
    cb.addEventListener('change', function () {
      if (cb.checked) enabledTypes.add(t); else enabledTypes.delete(t);
      applyFilters();
    });
    var sym = el('span', types[t].symbol, 'sym');
    sym.style.color = types[t].color;
    lab.appendChild(cb); lab.appendChild(sym);
    lab.appendChild(document.createTextNode(' ' + t + ' (' + count[t] + ')'));
    legend.appendChild(lab);
  });
  function fillSelect(sel, pairs) {
    pairs.forEach(function (p) { var o = el('option', p[1]); o.value = p[0]; sel.appendChild(o); });
  }
  var fPred = document.getElementById('f-predicate'), fDoc = document.getElementById('f-document');
  var fFrom = document.getElementById('f-from'), fTo = document.getElementById('f-to');
  var predCount = {};
  data.edges.forEach(function (e) { predCount[e.predicate] = (predCount[e.predicate] || 0) + 1; });
  fillSelect(fPred, Object.keys(predCount).sort().map(function (p) { return [p, p + ' (' + predCount[p] + ')']; }));
  fillSelect(fDoc, data.docOrder.map(function (id) {
    var d = docs[id];
    return [id, (d.date ? d.date + ' \u00b7 ' : '') + short(d.title, 60)];
  }));
  var years = data.years.map(function (y) { return [String(y), String(y)]; });
  fillSelect(fFrom, years); fillSelect(fTo, years);
  var status = document.getElementById('status');
  function updateStatus() {
    status.textContent = visN.size + ' of ' + data.nodes.length + ' entities, ' + visE.size + ' of ' + data.edges.length + ' relations';
  }
  function applyFilters() {
    var pred = fPred.value, doc = fDoc.value;
    var y0 = fFrom.value ? +fFrom.value : null, y1 = fTo.value ? +fTo.value : null;
    var yearOn = y0 !== null || y1 !== null;
    function yearOK(y) {
      if (!yearOn) return true;
      if (y === null || y === undefined) return false;
      return (y0 === null || y >= y0) && (y1 === null || y <= y1);
    }
    function typeOK(id) { var n = byId.get(id); return n && enabledTypes.has(n.type); }
    visE.clear(); visN.clear();
    data.edges.forEach(function (e) {
      if ((pred === '' || e.predicate === pred) && (doc === '' || e.doc === doc) && yearOK(e.year) &&
          typeOK(e.from) && typeOK(e.to)) visE.add(e.id);
    });
    if (pred !== '') {
      visE.forEach(function (id) { var e = edgeById.get(id); visN.add(e.from); visN.add(e.to); });
    } else {
      data.nodes.forEach(function (n) {
        if (!enabledTypes.has(n.type)) return;
        if (doc !== '' && n.docs.indexOf(doc) < 0) return;
        if (yearOn && !n.years.some(yearOK)) return;
        visN.add(n.id);
      });
      visE.forEach(function (id) { var e = edgeById.get(id); if (!visN.has(e.from) || !visN.has(e.to)) visE.delete(id); });
    }
    var fast = sync('edges', edges, visE, shownE);
    fast = sync('nodes', nodes, visN, shownN) && fast;
    if (fast) { net._updateVisibleIndices(); net.redraw(); }
    updateStatus();
  }
  function resetFilters() {
    fPred.value = ''; fDoc.value = ''; fFrom.value = ''; fTo.value = '';
    legend.querySelectorAll('input').forEach(function (cb) { cb.checked = true; enabledTypes.add(cb.value); });
    applyFilters();
  }
  state.applyFilters = applyFilters;
  state.visibleNodes = visN;
  state.visibleEdges = visE;
  [fPred, fDoc, fFrom, fTo].forEach(function (s) { s.addEventListener('change', applyFilters); });
  document.getElementById('f-reset').addEventListener('click', resetFilters);
  updateStatus();
})();
