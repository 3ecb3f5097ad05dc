// The report page's script, first part: reads the JSON data block and makes the inline
// maps interactive (chain switcher, pan and zoom, 现状/远景, filters, the link panel).
// report_tables.js follows it in the same <script> element (search, tables, toolbar).
// Every name reaches the page as text (textContent), never as markup.
'use strict';
const data = JSON.parse(document.getElementById('report-data').textContent);
const STATUSES = ['strong', 'weak', 'filling', 'missing'];
const PARTS = ['缺口分', '点名分', '距离分', '规模分', '关联分', '协作分'];
const state = {
  scenario: data.open_vision ? 1 : 0,
  map: 0,
  statuses: new Set(STATUSES),
  position: '',
  stage: '',
  selected: null
};
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class')
      node.className = v;
    else if (k.startsWith('on'))
      node.addEventListener(k.slice(2), v);
    else
      node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === '') continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const percent = (v) => Math.round(v * 100) + '%';
const chipOf = (status) => el('span', {class: 'chip ' + status}, data.status_labels[status]);
const link = (c, l) => data.chains[c].links[l];
const nameOf = (e) => data.enterprises[e].short || data.enterprises[e].name;
const targetsNow = () => data.targets[state.scenario];

// ---- maps: nodes by key, statuses, filters ----
// A map shows one chain's links (data-chain), or is the overview (no data-chain).
const mapDivs = Array.from(document.querySelectorAll('.map'));
const chainOfMap = (m) =>
    (mapDivs[m].dataset.chain === undefined ? null : Number(mapDivs[m].dataset.chain));
const mapsOf = (c) => mapDivs.map((d, m) => m).filter((m) => chainOfMap(m) === c);
const nodesIn = (m) => Array.from(mapDivs[m].querySelectorAll('g.node'));
const nodesOf = (c) => mapsOf(c).flatMap(nodesIn);
// The node of a link: on the shown map if it is there, else on the chain's first map.
function nodeFor(c, key) {
  const maps = mapsOf(c).sort((a, b) => (b === state.map) - (a === state.map));
  for (const m of maps) {
    const node = nodesIn(m).find((n) => n.dataset.key === key && !n.classList.contains('context'));
    if (node) return node;
  }
  return null;
}
const mapOfNode = (node) => (node ? mapDivs.indexOf(node.closest('.map')) : -1);
function showChain(c, node) {
  const m = mapOfNode(node);
  if (m >= 0)
    showMap(m);
  else if (chainOfMap(state.map) !== c && mapsOf(c).length)
    showMap(mapsOf(c)[0]);
}

function paintStatuses() {
  for (let c = 0; c < data.chains.length; ++c) {
    const chain = data.chains[c];
    const byKey = new Map(chain.links.map((l, i) => [l.key, i]));
    for (const node of nodesOf(c)) {
      const l = byKey.get(node.dataset.key);
      if (l === undefined) continue;
      const status = chain.links[l].status[state.scenario];
      for (const s of STATUSES) node.classList.toggle('st-' + s, s === status);
      node.classList.remove('st-none');
      const badge = node.querySelector('.badge text');
      if (badge) badge.textContent = data.status_labels[status];
    }
  }
}

function matchesFilters(c, l) {
  const ln = link(c, l);
  if (!state.statuses.has(ln.status[state.scenario])) return false;
  if (state.position && ln.stage !== state.position) return false;
  if (state.stage && !ln.projects.some((p) => data.projects[p].stage === state.stage)) return false;
  return true;
}

function applyFilters() {
  for (let c = 0; c < data.chains.length; ++c) {
    const byKey = new Map(data.chains[c].links.map((l, i) => [l.key, i]));
    for (const node of nodesOf(c)) {
      const l = byKey.get(node.dataset.key);
      node.classList.toggle('dim', l !== undefined && !matchesFilters(c, l));
    }
  }
}

// ---- pan and zoom (the viewBox of the shown map) ----
const views = mapDivs.map((div) => {
  const svg = div.querySelector('svg');
  const vb = svg ? svg.viewBox.baseVal : null;
  return svg && vb ?
      {svg, home: [vb.x, vb.y, vb.width, vb.height], box: [vb.x, vb.y, vb.width, vb.height]} :
      null;
});
function setBox(v, box) {
  v.box = box;
  v.svg.setAttribute('viewBox', box.map((x) => x.toFixed(1)).join(' '));
}
function svgPoint(v, clientX, clientY) {
  const ctm = v.svg.getScreenCTM();
  if (!ctm) return {x: v.box[0] + v.box[2] / 2, y: v.box[1] + v.box[3] / 2};
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return {x: p.x, y: p.y};
}
function zoom(factor, clientX, clientY) {
  const v = views[state.map];
  if (!v) return;
  const r = v.svg.getBoundingClientRect();
  const p = svgPoint(v, clientX ?? r.left + r.width / 2, clientY ?? r.top + r.height / 2);
  const [x, y, w, h] = v.box;
  const nw = Math.min(Math.max(w / factor, v.home[2] / 20), v.home[2] * 4);
  const k = nw / w;
  setBox(v, [p.x - (p.x - x) * k, p.y - (p.y - y) * k, w * k, h * k]);
}
function centreOn(node) {
  const v = views[state.map];
  if (!v || !node) return;
  const b = node.getBBox();
  const w = Math.min(v.home[2], Math.max(b.width * 5, v.home[2] / 3));
  const h = w * v.home[3] / v.home[2];
  setBox(v, [b.x + b.width / 2 - w / 2, b.y + b.height / 2 - h / 2, w, h]);
}
const mapview = $('mapview');
mapview.addEventListener('wheel', (e) => {
  e.preventDefault();
  zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX, e.clientY);
}, {passive: false});
let drag = null;
mapview.addEventListener('pointerdown', (e) => {
  if (e.target.closest('.zoom') || !views[state.map]) return;
  const v = views[state.map];
  drag = {x: e.clientX, y: e.clientY, box: v.box.slice(), moved: false};
});
window.addEventListener('pointermove', (e) => {
  if (!drag) return;
  const v = views[state.map];
  const r = v.svg.getBoundingClientRect();
  const scale = Math.max(v.box[2] / r.width, v.box[3] / r.height);
  const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
  if (Math.abs(dx) + Math.abs(dy) > 3) {
    drag.moved = true;
    mapview.classList.add('dragging');
  }
  if (drag.moved)
    setBox(v, [drag.box[0] - dx * scale, drag.box[1] - dy * scale, drag.box[2], drag.box[3]]);
});
window.addEventListener('pointerup', () => {
  setTimeout(() => {
    drag = null;
  }, 0);
  mapview.classList.remove('dragging');
});
$('zoom-in').addEventListener('click', () => zoom(1.4));
$('zoom-out').addEventListener('click', () => zoom(1 / 1.4));
$('zoom-reset').addEventListener('click', () => {
  const v = views[state.map];
  if (v) setBox(v, v.home.slice());
});

function showMap(m) {
  state.map = m;
  mapDivs.forEach((d, i) => {
    d.hidden = i !== m;
  });
  $('map-select').value = String(m);
}
$('map-select').addEventListener('change', (e) => showMap(Number(e.target.value)));

// ---- clicks on the maps ----
mapview.addEventListener('click', (e) => {
  if (drag && drag.moved) return;
  const node = e.target.closest('g.node');
  if (!node) return;
  const c = chainOfMap(state.map);
  if (c === null) {  // the overview: a node is a chain (or one of its links)
    const chain = data.chains.findIndex(
        (ch) => ch.key === node.dataset.key || node.dataset.key.startsWith(ch.key + '/'));
    if (chain >= 0) {
      const l = data.chains[chain].links.findIndex(
          (ln) => node.dataset.key === data.chains[chain].key + '/' + ln.key);
      if (l >= 0)
        openLink(chain, l, true);
      else
        showChain(chain, null);
    }
    return;
  }
  const l = data.chains[c].links.findIndex((ln) => ln.key === node.dataset.key);
  if (l >= 0) openLink(c, l);
});

function markNodes(nodes, cls) {
  document.querySelectorAll('g.node.' + cls).forEach((n) => n.classList.remove(cls));
  nodes.forEach((n) => n && n.classList.add(cls));
}

// ---- the panel ----
const panel = $('panel');
function openPanel(title, ...content) {
  panel.replaceChildren(
      el('button', {
        class: 'close',
        title: '关闭',
        onclick: () => {
          panel.hidden = true;
          markNodes([], 'selected');
        }
      },
         '×'),
      el('h2', {}, title), ...content);
  panel.hidden = false;
  panel.scrollTop = 0;
}
const jump = (text, action) => el('a', {class: 'jump', onclick: action}, text);
const sourcesLine = (sources) =>
    sources.length ? el('div', {class: 'small'}, '来源：' + sources.join('；')) : null;

function projectItem(p) {
  const pr = data.projects[p];
  return el(
      'li', {}, jump(pr.name, () => openProject(p)), ' ', el('span', {class: 'chip'}, pr.stage),
      pr.investment ? ' 总投资 ' + pr.investment : '', ' ',
      el('span', {class: 'small'}, '（截至 ' + pr.as_of + '）'), sourcesLine(pr.source));
}
function targetItem(t, rank) {
  const tg = targetsNow()[t];
  const e = data.enterprises[tg.candidate];
  return el(
      'li', {}, (rank !== undefined ? rank + 1 + '. ' : ''),
      jump(e.short || e.name, () => openEnterprise(tg.candidate)), ' 得分 ' + tg.score,
      el('div', {class: 'parts'}, tg.parts.map((v, i) => PARTS[i] + ' ' + v).join(' · ')),
      el('div', {}, tg.reason));
}

function openLink(c, l, hit) {
  const chain = data.chains[c], ln = chain.links[l];
  const st = ln.status[state.scenario], other = ln.status[1 - state.scenario];
  const locals = ln.enterprises.filter((e) => data.enterprises[e].local);
  const targets = ln.targets[state.scenario];
  const node = nodeFor(c, ln.key);
  showChain(c, node);
  markNodes([node], 'selected');
  if (hit) {
    markNodes([node], 'hit');
    centreOn(node);
  }
  state.selected = {c, l};
  openPanel(
      ln.name,
      el('p', {}, chipOf(st), ln.gap[state.scenario] ? '缺口：' + ln.gap[state.scenario] : '无缺口',
         ln.chokepoint ? '（卡脖子环节）' : ''),
      el('p', {class: 'small'},
         chain.name + ' · ' + ln.stage + ' · ' + data.scenarios[state.scenario] +
             (other !== st ? '；' + data.scenarios[1 - state.scenario] + '为「' +
                      data.status_labels[other] + '」' :
                             '')),
      el('h3', {}, '本地企业（' + locals.length + ' 家）'),
      locals.length ? el('ul', {},
                         locals.map(
                             (e) => el(
                                 'li', {}, jump(data.enterprises[e].name, () => openEnterprise(e)),
                                 data.enterprises[e].role ? ' · ' + data.enterprises[e].role : '',
                                 data.enterprises[e].tags ?
                                     el('span', {class: 'small'}, ' ' + data.enterprises[e].tags) :
                                     ''))) :
                      el('p', {class: 'small'}, '暂无'),
      el('h3', {}, '项目（' + ln.projects.length + ' 个）'),
      ln.projects.length ? el('ul', {}, ln.projects.map(projectItem)) :
                           el('p', {class: 'small'}, '暂无'),
      el('h3', {}, '招引目标（' + targets.length + ' 家）'),
      targets.length ?
          el('ul', {}, targets.map((t, i) => targetItem(t, i))) :
          el('p', {class: 'small'}, st === 'strong' ? '强环节，无需招引' : '暂无候选企业'));
}

function openEnterprise(e, hit) {
  const en = data.enterprises[e];
  const nodes = en.links.map(([c, l]) => nodeFor(c, link(c, l).key));
  if (en.links.length) showChain(en.links[0][0], nodes[0]);
  markNodes(nodes, 'hit');
  if (hit && nodes[0]) centreOn(nodes[0]);
  const projects = data.projects.map((p, i) => [p, i]).filter(([p]) => p.enterprise === e);
  const targets = targetsNow().map((t, i) => [t, i]).filter(([t]) => t.candidate === e);
  openPanel(
      en.name,
      el('p', {}, en.local ? '本地企业' : '招商候选', en.role ? ' · ' + en.role : '',
         en.short && en.short !== en.name ? ' · 简称 ' + en.short : ''),
      el('p', {class: 'small'},
         [en.tags, en.region, en.revenue ? '营业收入 ' + en.revenue : ''].filter(Boolean).join(
             ' · ')),
      el('h3', {}, '所在环节'),
      el('ul', {},
         en.links.map(
             ([c, l]) =>
                 el('li', {},
                    jump(data.chains[c].name + ' · ' + link(c, l).name, () => openLink(c, l, true)),
                    ' ', chipOf(link(c, l).status[state.scenario])))),
      projects.length ? el('h3', {}, '项目') : null,
      projects.length ? el('ul', {}, projects.map(([, i]) => projectItem(i))) : null,
      targets.length ? el('h3', {}, '作为招引目标') : null,
      targets.length ?
          el('ul', {},
             targets.map(
                 ([t, i]) =>
                     el('li', {},
                        jump(
                            data.chains[t.chain].name + ' · ' + link(t.chain, t.link).name,
                            () => openLink(t.chain, t.link, true)),
                        ' 得分 ' + t.score,
                        el('div', {class: 'parts'},
                           t.parts.map((v, k) => PARTS[k] + ' ' + v).join(' · ')),
                        el('div', {}, t.reason)))) :
          null,
      sourcesLine(en.source));
}

function openProject(p, hit) {
  const pr = data.projects[p];
  const nodes = pr.links.map(([c, l]) => nodeFor(c, link(c, l).key));
  if (pr.links.length) showChain(pr.links[0][0], nodes[0]);
  markNodes(nodes, 'hit');
  if (hit && nodes[0]) centreOn(nodes[0]);
  openPanel(
      pr.name,
      el('p', {}, el('span', {class: 'chip'}, pr.stage),
         pr.investment ? ' 总投资 ' + pr.investment : ' 投资额未列',
         el('span', {class: 'small'}, '（截至 ' + pr.as_of + '）')),
      pr.enterprise !== null ?
          el('p', {}, '企业：',
             jump(data.enterprises[pr.enterprise].name, () => openEnterprise(pr.enterprise))) :
          null,
      el('h3', {}, '服务环节'),
      el('ul', {},
         pr.links.map(
             ([c, l]) => el(
                 'li', {},
                 jump(data.chains[c].name + ' · ' + link(c, l).name, () => openLink(c, l, true))))),
      sourcesLine(pr.source));
}
