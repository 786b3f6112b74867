// The web app: four views behind hash links (#upload, #history, #tasks, #reports), plain DOM, no framework.
// Every request goes to this same origin; nothing is loaded from anywhere else.
"use strict";

const api = "/app/api";
const $ = (selector, root = document) => root.querySelector(selector);
let me = null;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "href" || key === "download" || key === "role") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(api + path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: `服务器返回 ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `服务器返回 ${response.status}`);
  return body;
}

const time = iso => iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "—";
const size = bytes => bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

// ---------- navigation ----------
const views = ["upload", "history", "tasks", "reports"];
const loaders = { history: loadHistory, tasks: loadTasksView, reports: loadReports };

function show() {
  const name = views.includes(location.hash.slice(1)) ? location.hash.slice(1) : "upload";
  for (const view of views) $(`#view-${view}`).hidden = view !== name;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.view === name) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  document.title = `${$(`#view-${name} h2`).textContent} · 重点工作任务通报`;
  if (loaders[name]) loaders[name]();
}

// ---------- upload ----------
function setupUpload() {
  const drop = $("#drop");
  const input = $("#files");
  input.addEventListener("change", () => { uploadAll([...input.files]); input.value = ""; });
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, e => { e.preventDefault(); drop.classList.add("over"); });
  }
  for (const type of ["dragleave", "drop"]) {
    drop.addEventListener(type, e => { e.preventDefault(); drop.classList.remove("over"); });
  }
  drop.addEventListener("drop", e => uploadAll([...e.dataTransfer.files]));
}

async function uploadAll(files) {
  if (!me || !me.canUpload) { $("#upload-denied").hidden = false; return; }
  const items = files.map(file => ({ file, row: uploadRow(file) }));
  // One at a time, in order: each result is visible before the next file starts.
  for (const item of items) await uploadOne(item.file, item.row);
}

function uploadRow(file) {
  const bar = el("progress", { max: 100, value: 0, "aria-label": `${file.name} 上传进度` });
  const state = el("span", { class: "state", text: "等待上传" });
  const row = el("li", { class: "upload pending" },
    el("div", { class: "upload-head" }, el("strong", { class: "name", text: file.name }), el("span", { class: "size", text: size(file.size) }), state),
    bar,
    el("div", { class: "outcome" }));
  $("#upload-list").prepend(row);
  return row;
}

function uploadOne(file, row) {
  return new Promise(resolve => {
    const bar = $("progress", row);
    const state = $(".state", row);
    const request = new XMLHttpRequest();
    request.open("POST", `${api}/uploads?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("X-Wuhu-Request", "1");
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.upload.onprogress = e => {
      if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
      state.textContent = "上传中…";
    };
    request.upload.onload = () => { bar.value = 100; state.textContent = "解析中…"; };
    request.onload = () => {
      let body = null;
      try { body = JSON.parse(request.responseText); } catch { /* shown below */ }
      if (request.status === 200 && body) showOutcome(row, body);
      else showFailure(row, body && body.error ? body.error : `服务器返回 ${request.status}`);
      resolve();
    };
    request.onerror = () => { showFailure(row, "网络错误:无法连接到服务器。请检查服务是否仍在运行,然后重试。"); resolve(); };
    request.send(file);
  });
}

function showOutcome(row, r) {
  const kind = { Accepted: "accepted", Duplicate: "duplicate", Superseded: "superseded", Rejected: "rejected" }[r.outcome] || "rejected";
  row.className = `upload ${kind}`;
  $(".state", row).textContent = r.outcomeLabel;
  $("progress", row).hidden = true;
  const outcome = $(".outcome", row);
  outcome.replaceChildren(...[
    el("p", { class: "headline", text: r.headline }),
    el("p", {}, el("span", { class: "label", text: kind === "rejected" ? "原因:" : "说明:" }), r.reason),
    el("p", {}, el("span", { class: "label", text: "怎么办:" }), r.whatToDo),
    kind === "accepted" ? el("p", {}, el("a", { href: "#tasks", text: "查看任务", onclick: () => { wantedPeriod = r.period; } })) : null,
  ].filter(Boolean));
}

function showFailure(row, message) {
  row.className = "upload rejected";
  $(".state", row).textContent = "失败";
  $("progress", row).hidden = true;
  $(".outcome", row).replaceChildren(el("p", { class: "headline", text: message }));
}

// ---------- history ----------
async function loadHistory() {
  const body = $("#history-table tbody");
  try {
    const list = await getJson("/ingestions?top=200");
    body.replaceChildren(...list.map(r => el("tr", { class: r.outcome.toLowerCase() },
      el("td", { class: "nowrap", text: time(r.ingestedAt) }),
      el("td", { class: "file", text: r.blobName }),
      el("td", {}, el("span", { class: `badge ${r.outcome.toLowerCase()}`, text: r.outcomeLabel })),
      el("td", { class: "nowrap", text: r.periodLabel || "—" }),
      el("td", { class: "num", text: r.outcome === "Rejected" ? "—" : String(r.taskCount) }),
      el("td", {}, r.outcome === "Accepted" ? r.reason : `${r.reason} ${r.whatToDo}`),
      el("td", { text: r.uploadedBy || "命令行/存储" }))));
    $("#history-empty").hidden = list.length > 0;
  } catch (e) {
    body.replaceChildren(el("tr", {}, el("td", { colSpan: 7, class: "error", text: e.message })));
  }
}

// ---------- tasks ----------
let periods = [];
let page = null;
let wantedPeriod = null;

async function loadTasksView() {
  try {
    periods = await getJson("/periods");
  } catch (e) { $("#tasks-summary").textContent = e.message; return; }
  const select = $("#f-period");
  const current = wantedPeriod || select.value || (periods[0] && periods[0].key);
  wantedPeriod = null;
  select.replaceChildren(...periods.map(p => el("option", { value: p.key, text: `${p.label}(${p.taskCount} 项)` })));
  if (periods.length === 0) {
    $("#tasks-summary").textContent = "";
    $("#tasks-table tbody").replaceChildren();
    $("#tasks-empty").textContent = "还没有通报:请先在“上传”页上传。";
    $("#tasks-empty").hidden = false;
    return;
  }
  select.value = periods.some(p => p.key === current) ? current : periods[0].key;
  await loadPeriod();
}

async function loadPeriod() {
  const key = $("#f-period").value;
  try { page = await getJson(`/tasks?period=${encodeURIComponent(key)}`); } catch (e) { $("#tasks-summary").textContent = e.message; return; }
  $("#export-period").href = `${api}/export?period=${encodeURIComponent(key)}`;
  $("#export-year").href = `${api}/export?year=${key.slice(0, 4)}`;
  const status = $("#f-status");
  const keepStatus = status.value;
  status.replaceChildren(el("option", { value: "", text: "全部状态" }),
    ...page.statuses.filter(s => s.count > 0).map(s => el("option", { value: s.status, text: `${s.label}(${s.count})` })));
  status.value = page.statuses.some(s => s.status === keepStatus && s.count > 0) ? keepStatus : "";
  const unit = $("#f-unit");
  const keepUnit = unit.value;
  unit.replaceChildren(el("option", { value: "", text: "全部单位" }), ...page.units.map(u => el("option", { value: u, text: u })));
  unit.value = page.units.includes(keepUnit) ? keepUnit : "";
  const compare = $("#f-compare");
  compare.disabled = !page.previousPeriod;
  compare.parentElement.title = page.previousPeriod ? `与${page.previousLabel}比较` : "没有上一季度的通报可比较";
  if (!page.previousPeriod) compare.checked = false;
  $("#status-chips").replaceChildren(...page.statuses.map(s => el("li", { class: `chip status-${s.status.toLowerCase()}` }, `${s.label} `, el("b", { text: String(s.count) }))));
  renderTasks();
}

function renderTasks() {
  if (!page) return;
  const status = $("#f-status").value;
  const unit = $("#f-unit").value;
  const text = $("#f-text").value.trim().toLowerCase();
  const compare = $("#f-compare").checked && !!page.previousPeriod;
  const shown = page.tasks.filter(t =>
    (!status || t.status === status) &&
    (!unit || t.leadUnits.includes(unit) || t.partnerUnits.includes(unit)) &&
    (!text || [t.text, t.progress, t.section || "", t.remarks || "", ...t.leadUnits, ...t.partnerUnits].some(s => s.toLowerCase().includes(text))));
  $("#tasks-table").classList.toggle("comparing", compare);
  $("#tasks-table tbody").replaceChildren(...shown.map(t => taskRow(t, compare)));
  const changed = compare ? page.tasks.filter(t => t.previous && t.previous.change !== "same").length : 0;
  $("#tasks-summary").textContent = `${page.label}:显示 ${shown.length} / ${page.tasks.length} 项任务` +
    (compare ? `;与${page.previousLabel}相比,${changed} 项状态有变化或为新增任务` : "") + `。来源:${page.sourceBlob}`;
  $("#tasks-empty").textContent = "没有符合筛选条件的任务。";
  $("#tasks-empty").hidden = shown.length > 0;
}

function taskRow(t, compare) {
  const units = el("td", { class: "units" }, t.leadUnits.map(u => el("div", { text: u })),
    t.partnerUnits.length ? el("div", { class: "partners", text: `配合:${t.partnerUnits.join("、")}` }) : null);
  const status = el("td", { class: "status" },
    el("span", { class: `badge status-${t.status.toLowerCase()}`, text: t.statusLabel }),
    t.basis ? el("div", { class: "basis", text: t.basis }) : null,
    t.targets.length ? el("ul", { class: "targets" }, t.targets.map(x => el("li", { text: x }))) : null);
  const previous = el("td", { class: "compare-col" }, !compare || !t.previous ? null
    : t.previous.change === "new" ? el("span", { class: "change new", text: "新增" })
    : el("span", { class: `change ${t.previous.change}`, text: t.previous.change === "same" ? `${t.previous.statusLabel}(未变)` : `${t.previous.statusLabel} → ${t.statusLabel}` }));
  return el("tr", { class: compare && t.previous && t.previous.change !== "same" ? "changed-row" : "" },
    el("td", { class: "num", text: String(t.number) }),
    el("td", { class: "task" }, t.section ? el("div", { class: "section", text: t.section }) : null, el("div", { text: t.text })),
    units, status, previous,
    el("td", { class: "progress" }, t.progress.split("\n").map(p => el("p", { text: p })),
      t.remarks ? el("p", { class: "remarks", text: `备注:${t.remarks}` }) : null));
}

function setupFilters() {
  $("#filters").addEventListener("submit", e => e.preventDefault());
  $("#f-period").addEventListener("change", loadPeriod);
  for (const id of ["#f-status", "#f-unit", "#f-compare"]) $(id).addEventListener("change", renderTasks);
  $("#f-text").addEventListener("input", renderTasks);
}

// ---------- reports ----------
async function loadReports() {
  const body = $("#reports-table tbody");
  $("#reports-status").textContent = "正在检查报告是否需要更新…";
  try {
    const list = await getJson("/reports");
    body.replaceChildren(...list.map(r => el("tr", {},
      el("td", {}, el("a", { href: r.url, download: r.name, text: r.name })),
      el("td", { class: "nowrap", text: r.label }),
      el("td", { class: "num", text: size(r.size) }),
      el("td", { class: "nowrap", text: time(r.builtAt) }),
      el("td", { class: "nowrap" }, el("a", { class: "button small", href: r.url, download: r.name, text: "下载 PDF" })))));
    const years = [...new Set(list.map(r => r.year))];
    $("#rebuild-actions").replaceChildren(...(me && me.canUpload ? years : []).map(year =>
      el("button", { type: "button", class: "button", text: `立即重新生成 ${year} 年报告`, onclick: () => rebuild(year) })));
    $("#reports-empty").hidden = list.length > 0;
    $("#reports-status").textContent = "";
  } catch (e) {
    $("#reports-status").textContent = e.message;
  }
}

async function rebuild(year) {
  $("#reports-status").textContent = `正在重新生成 ${year} 年的报告…`;
  const response = await fetch(`${api}/reports/${year}`, { method: "POST", headers: { "X-Wuhu-Request": "1" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) { $("#reports-status").textContent = body.error || `服务器返回 ${response.status}`; return; }
  await loadReports();
  $("#reports-status").textContent = `已重新生成 ${year} 年的 ${body.length} 份报告。`;
}

// ---------- start ----------
async function start() {
  setupUpload();
  setupFilters();
  $("#history-refresh").addEventListener("click", loadHistory);
  $("#reports-refresh").addEventListener("click", loadReports);
  window.addEventListener("hashchange", show);
  try {
    me = await getJson("/me");
    $("#user").textContent = `${me.name} · ${me.canUpload ? "上传者" : "查阅者"}`;
    $("#upload-denied").hidden = me.canUpload;
    $("#drop").hidden = !me.canUpload;
  } catch (e) {
    $("#user").textContent = e.message;
  }
  show();
}

start();
