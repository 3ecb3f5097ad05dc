// The report page's script, second part (after report_page.js, in the same <script>
// element and scope): search, the sortable tables and the toolbar.
// ---- search ----
const index = [];
data.chains.forEach((ch, c) => ch.links.forEach((ln, l) => index.push({
  names: [ln.name],
  label: ln.name,
  kind: ch.name + ' · 环节',
  go: () => openLink(c, l, true)
})));
data.enterprises.forEach((en, e) => index.push({
  names: [en.name, en.short],
  label: en.short || en.name,
  kind: en.local ? '本地企业' : '招商候选',
  go: () => openEnterprise(e, true)
}));
data.projects.forEach((pr, p) => index.push({
  names: [pr.name],
  label: pr.name,
  kind: '项目 · ' + pr.stage,
  go: () => openProject(p, true)
}));
const results = $('search-results');
let hits = [];
function search(text) {
  const q = text.trim().toLowerCase();
  hits = q ?
      index.filter((x) => x.names.some((n) => n && n.toLowerCase().includes(q))).slice(0, 40) :
      [];
  results.replaceChildren(...hits.map(
      (h, i) =>
          el('li', {class: i === 0 ? 'active' : '', onclick: () => pick(i)}, h.label,
             el('span', {class: 'kind'}, h.kind))));
  if (q && !hits.length) results.replaceChildren(el('li', {class: 'small'}, '没有找到'));
  results.hidden = !q;
}
function pick(i) {
  results.hidden = true;
  if (hits[i]) hits[i].go();
}
$('search').addEventListener('input', (e) => search(e.target.value));
$('search').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') pick(0);
  if (e.key === 'Escape') results.hidden = true;
});

// ---- tables ----
function sortableTable(columns, rows, onRow) {
  const body = el('tbody');
  const fill = (list) => body.replaceChildren(...list.map((r) => {
    const tr = el(
        'tr', onRow ? {onclick: () => onRow(r), style: 'cursor:pointer'} : {},
        r.cells.map(
            (v, i) => el(
                'td', columns[i].number ? {class: 'num'} : {}, v instanceof Node ? v : v ?? '')));
    return tr;
  }));
  let order = rows.slice();
  const heads = columns.map(
      (col, i) =>
          el('th', {
            class: 'sortable',
            scope: 'col',
            onclick: () => {
              const dir = heads[i].getAttribute('aria-sort') === 'ascending' ? -1 : 1;
              heads.forEach((h) => h.removeAttribute('aria-sort'));
              heads[i].setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
              const key = (r) => r.keys ? r.keys[i] : r.cells[i];
              order = rows.slice().sort((a, b) => {
                const x = key(a), y = key(b);
                if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
                if (typeof x === 'number') return -1;
                if (typeof y === 'number') return 1;
                return String(x ?? '').localeCompare(String(y ?? ''), 'zh') * dir;
              });
              fill(order);
            }
          },
             col.title));
  fill(order);
  return el(
      'div', {class: 'tablewrap'}, el('table', {}, el('thead', {}, el('tr', {}, heads)), body));
}

function renderSummary() {
  const z = data.completeness[state.scenario];
  $('headline').textContent = '截至 ' + data.zone.as_of + ' · ' + data.chains.length +
      ' 条产业链 · ' + z.links + ' 个环节 · ' + data.scenarios[state.scenario] + '完整度 ' +
      percent(z.value) + '（强 ' + z.strong + '，弱 ' + z.weak + '，在补 ' + z.filling + '，缺 ' +
      z.missing + '）' +
      ' · ' + data.scenario_notes[state.scenario];
  const cols = [
    {title: '产业链'}, {title: '现状完整度', number: true}, {title: '远景完整度', number: true},
    {title: '强', number: true}, {title: '弱', number: true}, {title: '在补', number: true},
    {title: '缺', number: true}, {title: '招引目标', number: true}
  ];
  const rows = data.chains.map((ch, c) => {
    const k = ch.completeness[state.scenario];
    const bar = (v) =>
        el('span', {}, percent(v) + ' ',
           el('span', {class: 'bar', style: 'width:' + Math.round(v * 60) + 'px'}));
    const n = targetsNow().filter((t) => t.chain === c).length;
    return {
      c,
      cells: [
        ch.name, bar(ch.completeness[0].value), bar(ch.completeness[1].value), k.strong, k.weak,
        k.filling, k.missing, n
      ],
      keys: [
        ch.name, ch.completeness[0].value, ch.completeness[1].value, k.strong, k.weak, k.filling,
        k.missing, n
      ]
    };
  });
  $('summary').replaceChildren(
      el('h2', {}, '概要（' + data.scenarios[state.scenario] + '）'),
      sortableTable(cols, rows, (r) => showChain(r.c, null)));
}

function renderTargets() {
  const cols = [
    {title: '排名', number: true}, {title: '产业链'}, {title: '环节'}, {title: '缺口'},
    {title: '企业'}, {title: '对接状态'}, {title: '总分', number: true}
  ].concat(PARTS.map((p) => ({title: p, number: true})), [{title: '推荐理由'}]);
  const rows = targetsNow().map((t, i) => ({
                                  t,
                                  cells: [
                                    i + 1, data.chains[t.chain].name, link(t.chain, t.link).name,
                                    t.gap, nameOf(t.candidate), data.enterprises[t.candidate].contact,
                                    t.score, ...t.parts, t.reason
                                  ]
                                }));
  $('targets').replaceChildren(
      el('h2', {}, '招引目标（' + data.scenarios[state.scenario] + '，' + rows.length + ' 家次）'),
      sortableTable(cols, rows, (r) => openLink(r.t.chain, r.t.link, true)));
}

function renderProgress() {
  const cols = [
    {title: '项目'}, {title: '企业'}, {title: '环节'}, {title: '阶段'},
    {title: '总投资（亿元）', number: true}, {title: '最近报告'}, {title: '目标（文件原文）'},
    {title: '目标时间'}, {title: '提示'}, {title: '来源'}
  ];
  const flags = (pr) => [pr.stale ? '久未更新' : '', pr.overdue ? '逾期' : ''].filter(Boolean).join('、');
  const rows = data.projects.map((p, i) => ({p: i, pr: p}))
                   .filter((x) => !state.stage || x.pr.stage === state.stage)
                   .map(({p, pr}) => {
                     const inv = pr.investment ? parseFloat(pr.investment) : null;
                     return {
                       p,
                       cells: [
                         pr.name, pr.enterprise !== null ? nameOf(pr.enterprise) : '',
                         pr.links.length ? pr.links.map(([c, l]) => link(c, l).name).join('、') : pr.cluster,
                         pr.stage, inv ?? '',
                         pr.as_of, pr.target, pr.target_month, flags(pr), pr.source.join('；')
                       ],
                       keys: [
                         pr.name, pr.enterprise !== null ? nameOf(pr.enterprise) : '', '', pr.rank,
                         inv ?? '', pr.as_of, pr.target, pr.target_month, flags(pr), ''
                       ]
                     };
                   });
  $('progress')
      .replaceChildren(
          el('h2', {}, '项目推进（' + rows.length + ' 个）'),
          el('p', {class: 'small'},
             '截至 ' + data.zone.as_of + '：久未更新（最近报告早于截至日期）' +
                 data.projects.filter((p) => p.stale).length + ' 个，逾期（目标时间已过、' +
                 '未达目标阶段）' + data.projects.filter((p) => p.overdue).length +
                 ' 个；目标时间由文件所述“年底前”等推定。'),
          sortableTable(cols, rows, (r) => openProject(r.p, true)));
}

// What the zone's documents state (figures, aims, thresholds), by document, as written.
function renderFacts() {
  if (!data.facts.length) return;
  const groups = new Map();
  for (const f of data.facts) {
    const where = f.source.length ? f.source[0].replace(/ .*$/, '') : '未注明来源';
    if (!groups.has(where)) groups.set(where, []);
    groups.get(where).push(f);
  }
  $('facts').replaceChildren(
      el('h2', {}, '文件所载目标与进度（' + data.facts.length + ' 项）'),
      ...[...groups].map(
          ([where, facts]) => el('details', {class: 'list', open: ''},
                                 el('summary', {},
                                    (data.documents[where] ?? where) + '（' + facts.length + ' 项）'),
                                 el('ul', {class: 'facts'},
                                    ...facts.map((f) => el(
                                        'li', {},
                                        (f.chain !== null ? '【' + data.chains[f.chain].name + '】' :
                                                            '') +
                                            f.text,
                                        el('span', {class: 'small'},
                                           '　' + f.source.join('；'))))))));
}

// 领导一页纸: the same tables as summary.pdf, at the top of the page.
function renderLeaderSummary() {
  const s = data.leader_summary;
  const table = (t) => el('div', {class: 'leader-block'}, el('h3', {}, t.heading),
                          el('table', {},
                             el('thead', {}, el('tr', {}, t.header.map((h) => el('th', {scope: 'col'}, h)))),
                             el('tbody', {}, t.rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))))),
                          t.note ? el('p', {class: 'small'}, t.note) : '');
  $('leader-summary').replaceChildren(
      el('details', {class: 'leader', open: ''},
         el('summary', {}, '领导一页纸　', el('span', {class: 'small'}, s.subtitle)),
         el('div', {class: 'leader-grid'}, s.columns.map((col) => el('div', {}, col.map(table)))),
         el('p', {class: 'small'}, s.footer)));
}

// A list's table is made when its section is first opened (or the page printed).
function renderLists() {
  $('lists').replaceChildren(el('h2', {}, '清单'), ...data.tables.map((t) => {
    const d =
        el('details', {class: 'list'}, el('summary', {}, t.title + '（' + t.rows.length + ' 行）'));
    d.addEventListener('toggle', () => {
      if (d.open && d.children.length === 1)
        d.append(sortableTable(t.columns, t.rows.map((r) => ({cells: r}))));
    });
    return d;
  }));
}

// ---- toolbar ----
const scenarioButtons = data.scenarios.map(
    (name, i) =>
        el('button', {
          'aria-pressed': String(i === state.scenario),
          title: data.scenario_notes[i],
          onclick: () => setScenario(i)
        },
           name));
$('scenario').replaceChildren(...scenarioButtons);
function setScenario(i) {
  state.scenario = i;
  scenarioButtons.forEach((b, k) => b.setAttribute('aria-pressed', String(k === i)));
  paintStatuses();
  applyFilters();
  renderSummary();
  renderTargets();
  if (state.selected && !panel.hidden) openLink(state.selected.c, state.selected.l);
}
$('status-filter')
    .replaceChildren(
        '状态 ',
        ...STATUSES.map(
            (s) =>
                el('label', {}, el('input', {
                     type: 'checkbox',
                     checked: '',
                     value: s,
                     onchange: (e) => {
                       if (e.target.checked)
                         state.statuses.add(s);
                       else
                         state.statuses.delete(s);
                       applyFilters();
                     }
                   }),
                   data.status_labels[s])));
const positions = [...new Set(data.chains.flatMap((ch) => ch.links.map((l) => l.stage)))];
$('position-filter').append(...positions.map((p) => el('option', {value: p}, p)));
$('position-filter').addEventListener('change', (e) => {
  state.position = e.target.value;
  applyFilters();
});
$('stage-filter').append(...data.project_stages.map((s) => el('option', {value: s}, s)));
$('stage-filter').addEventListener('change', (e) => {
  state.stage = e.target.value;
  applyFilters();
  renderProgress();
});
window.addEventListener(
    'beforeprint', () => document.querySelectorAll('details.list').forEach((d) => {
      d.open = true;
    }));
$('footer').textContent = '本页为离线报告：图谱、数据与脚本均在本文件内，可直接邮寄、拷贝和打印。' +
    '状态：' + STATUSES.map((s) => data.status_labels[s]).join('、') +
    '；点击环节查看企业、项目与招引目标。';

// The maps and the toolbar first: the page is usable once they are; the tables follow.
paintStatuses();
applyFilters();
renderSummary();
renderLeaderSummary();
renderLists();
document.documentElement.dataset.ready = String(Math.round(performance.now()));
setTimeout(() => {
  renderTargets();
  renderProgress();
  renderFacts();
  document.documentElement.dataset.complete = String(Math.round(performance.now()));
}, 0);
