// The checker page of `gongkai serve`. It sends the report to /api/parse and
// draws the answer: the tables in the layout /api/template/NAME describes
// (the library's own layout of the national template, so the page does not
// keep a copy of it), every finding linked to its cells and back, and the
// place in the source of whatever is selected. Nothing is loaded from
// elsewhere and nothing is stored: the report lives in this page's memory.
'use strict';

const SEVERITY = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
};
const STATE = {
  number: '数字 number',
  blank: '空白 blank',
  blank_mark: '空白标记 blank mark',
  not_number: '非数字 not a number',
};

const page = {
  input: null,       // {bytes: Uint8Array, filename, send(): body, headers}
  report: null,      // the parsed answer
  reportText: '',    // the answer as received, for the JSON download
  template: null,    // the template description of the report's format
  marks: new Map(),  // key -> {cell, findings: [index], worst}
  lines: null,       // the source split into lines (lazily)
};
const templates = new Map();

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const en = (text) => el('span', { class: 'en' }, text);

// ---- input ----------------------------------------------------------------

function textInput(text) {
  return {
    bytes: new TextEncoder().encode(text),
    filename: '',
    body: () => text,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  };
}

async function fileInput(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    bytes,
    filename: file.name,
    body: () => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), file.name);
      return form;
    },
    headers: {},
  };
}

function setStatus(text, kind) {
  const s = $('status');
  s.className = kind || '';
  s.textContent = text;
}

async function post(input, query) {
  return fetch('/api/parse' + (query || ''), { method: 'POST', headers: input.headers, body: input.body() });
}

// An error answer of the API: {"error": {"status", "message", "line", ...}}.
async function errorText(response) {
  try {
    const e = (await response.json()).error;
    let text = `${e.message}（${e.status}）`;
    if (e.line) text += ` 第 ${e.line} 行 / line ${e.line}`;
    return text;
  } catch (_) {
    return `HTTP ${response.status}`;
  }
}

async function check(input) {
  page.input = input;
  setStatus('正在检查… / checking…', 'busy');
  $('check-button').disabled = true;
  try {
    const response = await post(input);
    if (!response.ok) {
      setStatus(await errorText(response), 'failed');
      $('result').hidden = true;
      return;
    }
    page.reportText = await response.text();
    page.report = JSON.parse(page.reportText);
    page.template = await templateOf(page.report.meta.template);
    page.lines = null;
    show();
    setStatus('检查完毕 / checked', 'done');
  } catch (e) {
    setStatus(`无法连接检查服务 / the checker could not be reached: ${e}`, 'failed');
  } finally {
    $('check-button').disabled = false;
  }
}

async function templateOf(name) {
  if (!templates.has(name)) {
    const response = await fetch('/api/template/' + encodeURIComponent(name));
    if (!response.ok) throw new Error(await errorText(response));
    templates.set(name, await response.json());
  }
  return templates.get(name);
}

// ---- what names what ------------------------------------------------------

function buildMarks(report) {
  const marks = new Map();
  const mark = (key) => {
    if (!marks.has(key)) marks.set(key, { cell: null, findings: [], worst: null, derived: null });
    return marks.get(key);
  };
  for (const t of report.tables || []) for (const c of t.cells) if (!mark(c.key).cell) mark(c.key).cell = c;
  const rank = { info: 0, warning: 1, error: 2 };
  report.diagnostics.forEach((d, i) => {
    for (const ref of d.cells) {
      const m = mark(ref.key);
      if (m.findings[m.findings.length - 1] === i) continue;  // a finding naming a cell twice
      m.findings.push(i);
      if (m.worst === null || rank[d.severity] > rank[m.worst]) m.worst = d.severity;
    }
  });
  for (const d of report.derived || []) mark(d.key).derived = d;
  return marks;
}

// A cell by its Chinese labels, as the template prints them.
function cellName(key) {
  const f = page.template && page.template.fields[key];
  if (!f) return key;
  const column = f.column.replace(/ \(.*\)$/, '');  // fields.tsv's notes for developers
  return `${f.row} · ${column}`;
}

function cellText(cell) {
  if (!cell) return '';
  if (cell.state === 'number') return cell.value === null ? cell.raw : String(cell.value);
  if (cell.state === 'blank') return '';
  return cell.raw;
}

const findingId = (i) => `finding-${i + 1}`;
const cellId = (key) => `cell-${key}`;

// ---- drawing --------------------------------------------------------------

function show() {
  const r = page.report;
  page.marks = buildMarks(r);
  $('result').hidden = false;
  $('report-title').textContent = r.meta.title || '（未找到标题 / no title found）';
  $('report-meta').replaceChildren(
    `机构 organ: ${r.meta.organ || '—'} · 年度 year: ${r.meta.year ?? '—'} · 格式 template: ${r.meta.template}` +
      ` · 发布日期 published: ${r.meta.published ?? '—'}` +
      (page.input.filename ? ` · 文件 file: ${page.input.filename}` : ''));
  drawCounts(r);
  drawSections(r);
  drawTables(r);
  drawFindings(r);
  $('detail').replaceChildren(el('p', { class: 'muted' }, '点击表格中的单元格或某条发现。', en('Click a cell of a table, or a finding.')));
}

function drawCounts(r) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const d of r.diagnostics) n[d.severity] = (n[d.severity] || 0) + 1;
  const box = $('counts');
  box.replaceChildren();
  for (const sev of ['error', 'warning', 'info']) {
    box.append(el('span', { class: `count gk-${sev}`, id: `count-${sev}` },
      el('strong', {}, n[sev]), ` ${SEVERITY[sev].zh} `, en(SEVERITY[sev].en + (n[sev] === 1 ? '' : 's'))));
  }
  box.append(el('span', { class: 'verdict' }, n.error
    ? '表格算术或结构有错误，请核对标红的单元格。'
    : '没有发现错误。', en(n.error ? 'The tables have errors: check the cells marked red.' : 'No errors found.')));
}

// The verdict on each part is the validator's: a part is missing when a
// SECTION-MISSING finding names it (its message quotes the part's name as
// “…”); otherwise it is found, at a heading of its kind when the outline
// has one, or elsewhere in the text (the validator also reads headings left
// inside a section's body).
function drawSections(r) {
  const list = $('sections');
  list.replaceChildren();
  for (const kind of page.template.sections) {
    const missing = r.diagnostics.findIndex((d) => d.rule === 'SECTION-MISSING' && d.message.includes(`“${kind.zh}”`));
    const heading = r.sections.find((s) => s.kind === kind.id);
    const item = el('li', { class: missing >= 0 ? 'missing' : 'found', 'data-kind': kind.id });
    item.append(el('span', { class: 'mark' }, missing >= 0 ? '✗' : '✓'), ` ${kind.zh} `, en(kind.en), ' ');
    if (missing >= 0) {
      item.append(findingLink(missing, '未找到 / not found'));
    } else if (heading) {
      const link = el('a', { href: '#', class: 'source-link' }, `第 ${heading.span.line} 行 / line ${heading.span.line}`);
      link.title = `${heading.number} ${heading.heading}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        showDetail(el('div', {}, el('h4', {}, `${kind.zh} `, en(kind.en)),
          el('p', {}, `标题 heading: ${heading.number} ${heading.heading}`),
          sourceExcerpt(heading.span.line, heading.span.begin, heading.span.end)));
      });
      item.append(link);
    } else {
      item.append(el('span', { class: 'muted' }, '见正文 ', en('in the text')));
    }
    list.append(item);
  }
}

function drawTables(r) {
  const box = $('tables');
  box.replaceChildren();
  if (!page.template.tables.length) {
    box.append(el('p', { class: 'notice' }, '本报告没有统计表。', en('This report has no statistics table.')));
    return;
  }
  const printed = new Set((r.tables || []).map((t) => t.id));
  for (const t of page.template.tables) {
    const section = el('section', { class: 'report-table', id: `table-${t.id}` }, el('h3', {}, t.caption));
    if (!printed.has(t.id)) section.append(el('p', { class: 'notice' }, '报告中未找到此表。', en('This table was not found in the report.')));
    const table = el('table', { class: 'template', 'data-table': t.id });
    const keys = new Set();
    for (const block of t.blocks) {
      const body = el('tbody');
      for (const hr of block.header_rows) body.append(headerRow(hr));
      for (const row of block.rows) {
        const tr = el('tr');
        for (const label of row.labels) tr.append(spanned('th', label, row.heading ? 'label heading' : 'label'));
        for (const key of row.keys) {
          tr.append(key === null ? el('td', { class: 'empty' }) : dataCell(key));
          if (key) keys.add(key);
        }
        body.append(tr);
      }
      table.append(body);
    }
    // The table's findings first, where the eye lands before the cells.
    section.append(tableFindings(r, keys), el('div', { class: 'table-scroll' }, table));
    box.append(section);
  }
}

function spanned(tag, h, cls) {
  return el(tag, { class: cls, rowspan: h.rowspan > 1 ? h.rowspan : null, colspan: h.colspan > 1 ? h.colspan : null }, h.text);
}

function headerRow(cells) {
  const tr = el('tr');
  for (const h of cells) tr.append(spanned('th', h, 'head'));
  return tr;
}

function dataCell(key) {
  const m = page.marks.get(key) || { cell: null, findings: [], worst: null, derived: null };
  const classes = ['cell'];
  if (!m.cell) classes.push('gk-absent');
  else classes.push(`state-${m.cell.state}`);
  if (m.cell && m.cell.inferred) classes.push('gk-inferred');
  if (m.worst) classes.push('gk-marked', `gk-${m.worst}`);
  const td = el('td', { class: classes.join(' '), id: cellId(key), 'data-key': key, tabindex: 0 });
  td.append(el('span', { class: 'value' }, cellText(m.cell)));
  if (m.derived) td.append(el('span', { class: 'derived' }, `(${m.derived.value})`));
  if (m.findings.length) {
    td.append(el('sup', { class: 'badges' }, m.findings.map((i) => i + 1).join(',')));
    td.setAttribute('data-findings', m.findings.map(findingId).join(' '));
  }
  let title = cellName(key);
  for (const i of m.findings) title += `\n[${page.report.diagnostics[i].rule}] ${page.report.diagnostics[i].message}`;
  if (!m.cell) title += '\n报告未印此格 / not printed in the report';
  td.title = title;
  td.addEventListener('click', () => selectCell(key));
  td.addEventListener('keydown', (e) => { if (e.key === 'Enter') selectCell(key); });
  return td;
}

// The findings that name a table's cells, printed with the table.
function tableFindings(r, keys) {
  const list = el('ul', { class: 'table-findings' });
  r.diagnostics.forEach((d, i) => {
    if (!d.cells.some((c) => keys.has(c.key))) return;
    list.append(el('li', { class: `gk-${d.severity}` }, findingLink(i, `${i + 1}`), ' ',
      el('code', {}, d.rule), ' ', d.message, ' ', en(d.message_en)));
  });
  return list.childElementCount ? list : el('span');
}

function findingLink(i, text) {
  const a = el('a', { href: `#${findingId(i)}`, class: 'finding-link', 'data-finding': i }, text);
  a.addEventListener('click', (e) => { e.preventDefault(); selectFinding(i); });
  return a;
}

function cellLink(key) {
  const a = el('a', { href: `#${cellId(key)}`, class: 'cell-link', 'data-key': key }, cellName(key));
  a.addEventListener('click', (e) => { e.preventDefault(); selectCell(key, true); });
  return a;
}

function drawFindings(r) {
  const list = $('findings');
  list.replaceChildren();
  $('findings-count').textContent = `(${r.diagnostics.length})`;
  if (!r.diagnostics.length) list.append(el('li', { class: 'muted' }, '没有发现 ', en('no findings')));
  r.diagnostics.forEach((d, i) => {
    const item = el('li', { id: findingId(i), class: `finding gk-${d.severity}`, 'data-rule': d.rule });
    const head = el('div', { class: 'finding-head' },
      el('span', { class: 'badge' }, i + 1), ' ',
      el('span', { class: 'severity' }, SEVERITY[d.severity].zh, ' ', en(SEVERITY[d.severity].en)), ' ',
      el('code', {}, d.rule));
    if (d.line) head.append(' ', el('span', { class: 'line' }, `第 ${d.line} 行 / line ${d.line}`));
    item.append(head, el('p', { class: 'message' }, d.message), el('p', { class: 'message en' }, d.message_en));
    if (d.lhs !== null && d.rhs !== null)
      item.append(el('p', { class: 'sides' }, `合计 total ${d.lhs} · 分项之和 sum of parts ${d.rhs} · 差 difference ${d.difference}`));
    if (d.cells.length) {
      const cells = el('ul', { class: 'finding-cells' });
      for (const c of d.cells) cells.append(el('li', {}, cellLink(c.key), ` = ${c.value ?? '空 blank'}`));
      item.append(cells);
    }
    item.addEventListener('click', (e) => { if (!e.target.closest('a')) selectFinding(i); });
    list.append(item);
  });
}

// ---- selection: cell ⇄ findings ⇄ source ----------------------------------

function clearSelection() {
  for (const e of document.querySelectorAll('.gk-selected, .gk-linked')) e.classList.remove('gk-selected', 'gk-linked');
}

function showDetail(node) {
  $('detail').replaceChildren(node);
}

function selectCell(key, scroll) {
  clearSelection();
  const td = document.getElementById(cellId(key));
  if (td) {
    td.classList.add('gk-selected');
    if (scroll) td.scrollIntoView({ block: 'center', inline: 'center' });
  }
  const m = page.marks.get(key) || { cell: null, findings: [] };
  for (const i of m.findings) document.getElementById(findingId(i)).classList.add('gk-linked');
  const box = el('div', { class: 'cell-detail', 'data-key': key });
  box.append(el('h4', {}, cellName(key)), el('p', { class: 'key' }, key));
  if (m.cell) {
    box.append(el('p', {}, `值 value: `, el('strong', {}, cellText(m.cell) || '（空 blank）'),
      ` · 原文 printed: “${m.cell.raw}” · ${STATE[m.cell.state]}`));
    if (m.cell.note) box.append(el('p', {}, `注 note: ${m.cell.note}`));
    if (m.cell.inferred) box.append(el('p', {}, '位置系推断，见 CELL-REPAIRED。', en('Placed by inference: see CELL-REPAIRED.')));
  } else {
    box.append(el('p', {}, '报告未印此格。', en('The report does not print this cell.')));
  }
  if (m.derived) box.append(el('p', {}, `推算值 derived: ${m.derived.value} (${m.derived.reason})`));
  if (m.findings.length) {
    const list = el('ul', { class: 'cell-findings' });
    for (const i of m.findings) {
      const d = page.report.diagnostics[i];
      list.append(el('li', { class: `gk-${d.severity}` }, findingLink(i, `${i + 1} ${d.rule}`), ' ', d.message, ' ', en(d.message_en)));
    }
    box.append(list);
  }
  if (m.cell) box.append(sourceExcerpt(m.cell.span.line, m.cell.span.begin, m.cell.span.end));
  showDetail(box);
}

function selectFinding(i) {
  clearSelection();
  const d = page.report.diagnostics[i];
  const item = document.getElementById(findingId(i));
  item.classList.add('gk-selected');
  let first = null;
  for (const c of d.cells) {
    const td = document.getElementById(cellId(c.key));
    if (td) {
      td.classList.add('gk-linked');
      first = first || td;
    }
  }
  if (first) first.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el('div', { class: 'finding-detail' },
    el('h4', {}, `${i + 1} `, el('code', {}, d.rule), ` ${SEVERITY[d.severity].zh} `, en(SEVERITY[d.severity].en)),
    el('p', {}, d.message), el('p', { class: 'en' }, d.message_en));
  if (d.evidence) box.append(el('p', { class: 'evidence' }, d.evidence));
  if (d.line) box.append(sourceExcerpt(d.line, null, null));
  showDetail(box);
}

// The lines of the source around `line`, the span [begin, end) (bytes of
// the input) marked. Lines are the input's own, so their numbers are the
// ones the findings give.
function sourceExcerpt(line, begin, end) {
  const box = el('div', { class: 'source' }, el('h5', {}, '原文 ', en('Source'), line ? ` 第 ${line} 行 / line ${line}` : ''));
  if (!line || !page.input) {
    box.append(el('p', { class: 'muted' }, '位置未知 ', en('place unknown')));
    return box;
  }
  const bytes = page.input.bytes;
  if (!isText(bytes)) {
    // A file the server read as something else than text (once the file
    // front ends are in): its bytes have no lines to show.
    box.append(el('p', { class: 'muted' }, '此文件不是文本，无法显示原文。', en('This file is not text: its source cannot be shown.')));
    return box;
  }
  if (!page.lines) page.lines = lineStarts(bytes);
  const decoder = new TextDecoder('utf-8');
  const pre = el('pre', { class: 'excerpt' });
  const from = Math.max(1, line - 2);
  const to = Math.min(page.lines.length, line + 2);
  for (let n = from; n <= to; n++) {
    const start = page.lines[n - 1];
    let stop = n < page.lines.length ? page.lines[n] - 1 : bytes.length;
    if (stop > start && bytes[stop - 1] === 0x0d) stop--;  // CRLF
    const row = el('span', { class: n === line ? 'line current' : 'line' }, el('span', { class: 'number' }, String(n).padStart(4)), ' ');
    if (n === line && begin !== null && end !== null && begin >= start && end <= stop && end > begin) {
      row.append(decoder.decode(bytes.subarray(start, begin)),
        el('mark', {}, decoder.decode(bytes.subarray(begin, end))),
        decoder.decode(bytes.subarray(end, stop)));
    } else {
      row.append(decoder.decode(bytes.subarray(start, stop)));
    }
    pre.append(row, '\n');
  }
  box.append(pre);
  return box;
}

function isText(bytes) {
  if (page.input.isText === undefined) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      page.input.isText = true;
    } catch (_) {
      page.input.isText = false;
    }
  }
  return page.input.isText;
}

function lineStarts(bytes) {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

// ---- downloads --------------------------------------------------------------

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function baseName() {
  const f = page.input && page.input.filename;
  return f ? f.replace(/\.[^.]*$/, '') : 'report';
}

async function downloadCsv() {
  const response = await post(page.input, '?format=csv');
  if (!response.ok) return setStatus(await errorText(response), 'failed');
  download(await response.blob(), `${baseName()}.csv`);
}

// ---- wiring -----------------------------------------------------------------

function wire() {
  const text = $('report-text');
  $('check-button').addEventListener('click', () => {
    if (text.value.trim()) check(textInput(text.value));
    else if (page.input && page.input.filename) check(page.input);
    else setStatus('请先粘贴报告或选择文件。/ Paste a report or choose a file first.', 'failed');
  });
  text.addEventListener('input', () => { $('file-name').textContent = ''; });
  text.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.ctrlKey) $('check-button').click(); });
  const takeFile = async (file) => {
    if (!file) return;
    text.value = '';
    $('file-name').textContent = `${file.name}（${file.size} 字节 / bytes）`;
    check(await fileInput(file));
  };
  $('report-file').addEventListener('change', (e) => takeFile(e.target.files[0]));
  const zone = $('drop-zone');
  for (const target of [zone, document.body]) {
    target.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
    target.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    target.addEventListener('drop', (e) => {
      e.preventDefault();
      e.stopPropagation();
      zone.classList.remove('dragging');
      takeFile(e.dataTransfer.files[0]);
    });
  }
  $('download-json').addEventListener('click', () =>
    download(new Blob([page.reportText], { type: 'application/json' }), `${baseName()}.json`));
  $('download-csv').addEventListener('click', downloadCsv);
  fetch('/api/version').then((r) => r.json()).then((v) => { $('version').textContent = `gongkai ${v.version}`; }, () => {});
}

document.addEventListener('DOMContentLoaded', wire);
