/*
 * Harris House site search: the staff dashboard at /admin. One script, no framework, no build step.
 *
 * Staff enter the admin API key once; it is kept in this tab's sessionStorage only (never in a URL, never in
 * localStorage, never logged) and sent in the X-Api-Key header of every call. Everything is built with h()
 * and s(): text from the API (queries, URLs, problem details) always becomes text, never markup.
 */
(() => {
  "use strict";

  const KEY_ITEM = "hh-admin-key";
  const PERIODS = [7, 30, 90];
  const SVG = "http://www.w3.org/2000/svg";
  const app = document.getElementById("app");
  const account = document.getElementById("account");
  const statusLine = document.getElementById("status");
  let uid = 0;
  /** Bumped on every sign-in and sign-out: answers to an older session's requests are dropped. */
  let session = 0;
  let days = 30;
  let rules = [];
  const els = {};

  /** Creates an element with attributes and children (strings become text, never markup). */
  function h(tag, attrs, ...children) {
    return build(document.createElement(tag), attrs, children);
  }

  /** The same for SVG elements. */
  function s(tag, attrs, ...children) {
    return build(document.createElementNS(SVG, tag), attrs, children);
  }

  function build(el, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === false || value == null) continue;
      if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
    }
    return el;
  }

  const nextId = (prefix) => `hh-admin-${prefix}-${++uid}`;
  const fmt = (n) => Number(n || 0).toLocaleString("en-US");
  const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;
  const quoted = (text) => `\u201C${text}\u201D`;
  const lines = (text) => text.split("\n").map((l) => l.trim()).filter(Boolean);

  function formatDay(iso, withYear) {
    const [y, m, d] = String(iso).split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-US",
      { month: "short", day: "numeric", year: withYear ? "numeric" : undefined, timeZone: "UTC" });
  }

  function formatTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso)
      : date.toLocaleString("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" });
  }

  function announce(text) {
    statusLine.textContent = "";
    // A fresh text node after clearing, so that the same message twice is still announced.
    setTimeout(() => { statusLine.textContent = text; }, 50);
  }

  /* ---------------------------------------------------------------- calls to the admin API */

  /** Thrown when a call ended the session (401) or the admin API is off (503); the page already says so. */
  class Stopped extends Error {}

  function problemText(body, fallback) {
    if (body && typeof body === "object") return body.detail || body.title || fallback;
    return fallback;
  }

  async function send(path, key, { method = "GET", json, text, accept = "application/json" } = {}) {
    const headers = { Accept: accept, "X-Api-Key": key };
    let body;
    if (json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(json);
    } else if (text !== undefined) {
      headers["Content-Type"] = "text/plain; charset=utf-8";
      body = text;
    }
    let response;
    try {
      response = await fetch(path, { method, headers, body, cache: "no-store", credentials: "omit" });
    } catch {
      return { status: 0, body: null };
    }
    const type = response.headers.get("Content-Type") || "";
    let parsed = null;
    if (response.status !== 204) {
      parsed = type.includes("json") ? await response.json().catch(() => null) : await response.text().catch(() => "");
    }
    return { status: response.status, body: parsed };
  }

  /** A call with the session's key; a 401 asks for the key again and a 503 shows the service's detail. */
  async function api(path, options) {
    const mine = session;
    const key = sessionStorage.getItem(KEY_ITEM);
    if (!key) {
      signOut("Please enter the admin API key.");
      throw new Stopped();
    }
    const result = await send(path, key, options);
    if (mine !== session) throw new Stopped();
    if (result.status === 401) {
      signOut("That key was not accepted. Please enter it again.");
      throw new Stopped();
    }
    if (result.status === 503) {
      serviceDown(problemText(result.body, "The admin API is not available right now."));
      throw new Stopped();
    }
    return result;
  }

  const unreachable = (result) => (result.status === 0
    ? "The search service could not be reached. Please try again in a moment."
    : problemText(result.body, `The search service answered HTTP ${result.status}. Please try again in a moment.`));

  /** Runs a load or an action; a Stopped call has already been explained, anything else is shown calmly. */
  async function guarded(work, where) {
    try {
      await work();
    } catch (error) {
      if (error instanceof Stopped) return;
      if (where) where.replaceChildren(h("p", { class: "form-error" }, "Something went wrong while showing this. Please reload the page."));
    }
  }

  /* ---------------------------------------------------------------- signing in and out */

  function renderSignIn(message, problem) {
    account.replaceChildren();
    const inputId = nextId("key");
    const hintId = nextId("key-hint");
    const errorId = nextId("key-error");
    const input = h("input", {
      id: inputId, class: "input", type: "password", autocomplete: "off", spellcheck: "false", required: true,
      "aria-describedby": message || problem ? `${errorId} ${hintId}` : hintId, "aria-invalid": message ? "true" : false,
    });
    const error = h("p", { id: errorId, class: "form-error", role: "alert" }, message || problem || "");
    const button = h("button", { class: "button", type: "submit" }, "Sign in");
    const form = h("form", { class: "card signin", "aria-labelledby": "signin-title", novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) {
        showError("Please enter the admin API key.");
        return;
      }
      button.disabled = true;
      const checked = await send(`/api/admin/analytics?days=${days}`, key);
      button.disabled = false;
      if (checked.status === 200) {
        input.value = "";
        sessionStorage.setItem(KEY_ITEM, key);
        session++;
        renderDashboard(checked.body);
        announce("Signed in.");
      } else if (checked.status === 401) {
        showError("That key was not accepted. Please check it and enter it again.");
      } else {
        showError(unreachable(checked));
      }
    } },
    h("h2", { id: "signin-title" }, "Sign in"),
    h("p", { id: hintId, class: "hint" },
      "Enter the admin API key. It is kept in this browser tab only, and forgotten when you sign out or close the tab."),
    h("div", { class: "field" }, h("label", { for: inputId }, "Admin API key"), input, error),
    button);

    function showError(text) {
      error.textContent = text;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", `${errorId} ${hintId}`);
      input.focus();
      input.select();
    }

    app.replaceChildren(form);
    input.focus();
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY_ITEM);
    session++;
    rules = [];
    renderSignIn(message);
  }

  function serviceDown(detail) {
    session++;
    account.replaceChildren();
    app.replaceChildren(h("div", { class: "card notice", role: "alert" },
      h("h2", {}, "The admin API is not available"),
      h("p", {}, detail),
      h("p", {}, h("button", { class: "button", type: "button", onclick: () => signOut(null) }, "Try again"))));
  }

  /* ---------------------------------------------------------------- the dashboard */

  function section(key, title, ...children) {
    const id = `section-${key}`;
    return h("section", { class: "panel", "aria-labelledby": id }, h("h2", { id }, title), ...children);
  }

  function renderDashboard(report) {
    account.replaceChildren(
      h("span", { class: "signed-in" }, "Signed in"),
      h("button", { class: "button quiet", type: "button", onclick: () => { signOut(null); announce("Signed out. The key was forgotten."); } }, "Sign out"));

    const periodId = nextId("period");
    els.period = h("select", { id: periodId, class: "select", onchange: () => {
      days = Number(els.period.value);
      guarded(loadAnalytics);
    } }, PERIODS.map((n) => h("option", { value: String(n), selected: n === days }, `Last ${n} days`)));
    els.range = h("span", { class: "range" });
    els.totals = h("div", { class: "totals" });
    els.chart = h("div", { class: "chart-box" });
    els.top = h("div", {});
    els.zero = h("div", {});
    els.noClick = h("div", {});
    els.rules = h("div", {});
    els.changes = h("div", {});

    app.replaceChildren(
      h("div", { class: "period" }, h("label", { for: periodId }, "Period"), els.period, els.range),
      section("totals", "Totals", els.totals),
      section("daily", "Searches per day", els.chart),
      section("top", "Top searches", h("p", { class: "hint" }, "What visitors searched most, and how often they opened a result."), els.top),
      section("zero", "Searches with no results",
        h("p", { class: "hint" }, "Nothing on the site matched these. Pinning a page makes it the first result for that search."), els.zero),
      section("no-click", "Searches with no clicks",
        h("p", { class: "hint" }, "Visitors saw results for these but opened none of them."), els.noClick),
      section("rules", "Search rules",
        h("p", { class: "hint" }, "A rule puts chosen pages first for a search, or keeps pages out of its results. Rules apply to the next search."),
        els.rules, ruleForm()),
      textSection("synonyms", "Synonyms", "/api/admin/synonyms", "Synonyms file",
        "One group per line, as in the file: \u201Cdetox, detoxification\u201D finds either for both; \u201Ca => b\u201D finds b for a only. Lines starting with # are notes."),
      textSection("crisis", "Crisis phrases", "/api/admin/crisis-phrases", "Crisis phrases file",
        "One phrase per line. A search containing one of them shows the emergency numbers above the results. Lines starting with # are notes."),
      section("changes", "Recent changes", h("p", { class: "hint" }, "The latest changes to rules, synonyms and crisis phrases, newest first."), els.changes));

    showAnalytics(report);
    guarded(loadRules, els.rules);
    guarded(loadChanges, els.changes);
  }

  /* ---------------------------------------------------------------- analytics */

  async function loadAnalytics() {
    for (const el of [els.totals, els.chart, els.top, els.zero, els.noClick]) el.setAttribute("aria-busy", "true");
    const result = await api(`/api/admin/analytics?days=${days}`);
    for (const el of [els.totals, els.chart, els.top, els.zero, els.noClick]) el.removeAttribute("aria-busy");
    if (result.status !== 200) {
      els.totals.replaceChildren(h("p", { class: "form-error" }, unreachable(result)));
      return;
    }
    showAnalytics(result.body);
    announce(`Showing the last ${days} days.`);
  }

  function showAnalytics(report) {
    els.range.textContent = `${formatDay(report.from, true)} to ${formatDay(report.to, true)} (UTC)`;
    const total = (key, label, value) => h("div", { class: "total" },
      h("dt", {}, label), h("dd", { id: `total-${key}`, class: "total-value" }, fmt(value)));
    els.totals.replaceChildren(h("dl", { class: "totals-list" },
      total("searches", "Searches", report.searches),
      total("zero", "Searches with no results", report.zeroResultSearches),
      total("crisis", "Crisis notices shown", report.crisisNotices),
      total("spanish", "Searches in Spanish", report.spanishSearches),
      total("clicks", "Clicks on results", report.clicks)));
    els.chart.replaceChildren(...dailyChart(report));
    els.top.replaceChildren(queryTable(report.topQueries, "Top searches",
      [["Search", "query"], ["Searches", "searches"], ["Clicks", "clicks"], ["No results", "zeroResults"]]));
    els.zero.replaceChildren(zeroList(report.zeroResultQueries || []));
    els.noClick.replaceChildren(queryTable(report.noClickQueries, "Searches with no clicks", [["Search", "query"], ["Searches", "searches"]]));
  }

  const NONE_YET = "No search was made often enough in this period to show here. A search is listed once it has been made a few times, so that no one can be recognised by it.";

  function queryTable(rows, caption, columns) {
    if (!rows || rows.length === 0) return h("p", { class: "empty" }, NONE_YET);
    return h("table", { class: "table" },
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", {}, h("tr", {}, columns.map(([label], i) => h("th", { scope: "col", class: i ? "number" : null }, label)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, columns.map(([, key], i) => (i
        ? h("td", { class: "number" }, fmt(row[key]))
        : h("th", { scope: "row", class: "query" }, row[key])))))));
  }

  function niceMax(value) {
    const power = 10 ** Math.floor(Math.log10(Math.max(1, value)));
    for (const step of [1, 2, 4, 5, 10]) {
      if (step * power >= value) return Math.max(2, step * power);
    }
    return value;
  }

  /** The bar chart (an inline SVG), its legend, and the same figures as a table for screen readers and print. */
  function dailyChart(report) {
    const daily = report.daily || [];
    const narrow = document.documentElement.clientWidth < 640;
    const W = narrow ? 340 : 720;
    const H = narrow ? 200 : 240;
    const m = { top: 14, right: 10, bottom: 26, left: 44 };
    const pw = W - m.left - m.right;
    const ph = H - m.top - m.bottom;
    const max = niceMax(Math.max(0, ...daily.map((d) => d.searches)));
    const y = (v) => m.top + ph - (v / max) * ph;
    const slot = pw / Math.max(1, daily.length);
    const totalSearches = daily.reduce((sum, d) => sum + d.searches, 0);
    const totalZero = daily.reduce((sum, d) => sum + d.zeroResultSearches, 0);
    const titleId = nextId("chart-title");
    const title = `Searches per day from ${formatDay(report.from, true)} to ${formatDay(report.to, true)}: `
      + `${plural(totalSearches, "search", "searches")}, ${fmt(totalZero)} with no results. The figures are also in the table below the chart.`;

    const ticks = [0, max / 2, max].filter((v) => Number.isInteger(v));
    const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-labelledby": titleId, focusable: "false" },
      s("title", { id: titleId }, title),
      ticks.map((v) => s("g", { class: "tick" },
        s("line", { class: "grid", x1: m.left, x2: W - m.right, y1: y(v), y2: y(v) }),
        s("text", { class: "axis-label", x: m.left - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(v)))),
      daily.map((d, i) => {
        const x = m.left + i * slot + slot * 0.12;
        const width = Math.max(1, slot * 0.76);
        return s("g", { class: "day" },
          s("title", {}, `${formatDay(d.date, true)}: ${plural(d.searches, "search", "searches")}, ${fmt(d.zeroResultSearches)} with no results`),
          s("rect", { class: "bar-searches", x, width, y: y(d.searches), height: Math.max(0, m.top + ph - y(d.searches)) }),
          s("rect", { class: "bar-zero", x, width, y: y(d.zeroResultSearches), height: Math.max(0, m.top + ph - y(d.zeroResultSearches)) }));
      }),
      s("line", { class: "baseline", x1: m.left, x2: W - m.right, y1: m.top + ph, y2: m.top + ph }),
      daily.length > 0 && s("text", { class: "axis-label", x: m.left, y: H - 6, "text-anchor": "start" }, formatDay(daily[0].date)),
      daily.length > 1 && s("text", { class: "axis-label", x: W - m.right, y: H - 6, "text-anchor": "end" }, formatDay(daily[daily.length - 1].date)));

    const legend = h("ul", { class: "legend" },
      h("li", {}, h("span", { class: "swatch swatch-searches", "aria-hidden": "true" }), "Searches"),
      h("li", {}, h("span", { class: "swatch swatch-zero", "aria-hidden": "true" }), "Searches with no results"));

    const table = h("details", { class: "figures" },
      h("summary", {}, "The figures as a table"),
      h("table", { class: "table" },
        h("caption", { class: "visually-hidden" }, "Searches per day"),
        h("thead", {}, h("tr", {},
          h("th", { scope: "col" }, "Day"), h("th", { scope: "col", class: "number" }, "Searches"), h("th", { scope: "col", class: "number" }, "No results"))),
        h("tbody", {}, daily.map((d) => h("tr", {},
          h("th", { scope: "row" }, formatDay(d.date, true)),
          h("td", { class: "number" }, fmt(d.searches)),
          h("td", { class: "number" }, fmt(d.zeroResultSearches)))))));
    return [svg, legend, table];
  }

  /* ---------------------------------------------------------------- zero-result searches: pin a page */

  function zeroList(rows) {
    if (rows.length === 0) return h("p", { class: "empty" }, NONE_YET);
    return h("ul", { class: "query-list" }, rows.map((row) => zeroItem(row)));
  }

  function zeroItem(row) {
    const queryId = nextId("zero-query");
    const slot = h("div", { class: "pin-slot" });
    const button = h("button", {
      class: "button secondary", type: "button", "aria-expanded": "false", "aria-describedby": queryId,
      onclick: () => (slot.firstChild ? close() : open()),
    }, "Pin a page for this");

    function close(focusButton = true) {
      slot.replaceChildren();
      button.setAttribute("aria-expanded", "false");
      if (focusButton) button.focus();
    }

    function open() {
      const inputId = nextId("pin-url");
      const hintId = nextId("pin-hint");
      const errorId = nextId("pin-error");
      const input = h("input", {
        id: inputId, class: "input", type: "text", autocomplete: "off", spellcheck: "false", placeholder: "/contact/",
        "aria-describedby": hintId,
      });
      const error = h("p", { id: errorId, class: "form-error" });
      const save = h("button", { class: "button", type: "submit" }, "Pin page");
      const form = h("form", { class: "pin-form", novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        const url = input.value.trim();
        if (!url) {
          fail("Enter the page to pin, as a site path such as /contact/.");
          return;
        }
        save.disabled = true;
        try {
          const rule = pinRule(row.query, url);
          const result = await api(`/api/admin/rules/${encodeURIComponent(rule.id)}`, { method: "PUT", json: rule.body });
          if (result.status === 200) {
            close();
            announce(`Pinned ${url} as the first result for ${quoted(row.query)}.`);
            guarded(loadRules, els.rules);
            guarded(loadChanges, els.changes);
          } else if (result.status === 400 && result.body && result.body.errors) {
            fail(Object.values(result.body.errors).flat().join(" "));
          } else {
            fail(unreachable(result));
          }
        } finally {
          save.disabled = false;
        }
      } },
      h("label", { for: inputId }, `Page to show first for ${quoted(row.query)}`),
      h("p", { id: hintId, class: "hint" }, "A page of the site, as its path: for example /contact/."),
      input, error,
      h("div", { class: "actions" }, save, h("button", { class: "button quiet", type: "button", onclick: () => close() }, "Cancel")));

      function fail(text) {
        error.textContent = text;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", `${errorId} ${hintId}`);
        input.focus();
      }

      slot.replaceChildren(form);
      button.setAttribute("aria-expanded", "true");
      input.focus();
    }

    return h("li", { class: "query-item" },
      h("div", { class: "query-line" },
        h("span", { class: "query", id: queryId }, row.query),
        h("span", { class: "muted" }, plural(row.searches, "search", "searches")),
        button),
      slot);
  }

  /** The rule a pin makes: added to the rule this dashboard made for the same search, or a new one. */
  function pinRule(query, url) {
    const slug = query.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
    const base = `pin-${slug || Date.now().toString(36)}`;
    let id = base;
    for (let n = 2; rules.some((r) => r.id === id && r.query !== query); n++) id = `${base}-${n}`;
    const existing = rules.find((r) => r.id === id);
    return existing
      ? { id, body: { query, match: existing.match || "exact", pin: [...existing.pin.filter((p) => p !== url), url], hide: existing.hide } }
      : { id, body: { query, match: "exact", pin: [url], hide: [] } };
  }

  /* ---------------------------------------------------------------- rules */

  async function loadRules() {
    els.rules.setAttribute("aria-busy", "true");
    const result = await api("/api/admin/rules");
    els.rules.removeAttribute("aria-busy");
    if (result.status !== 200) {
      els.rules.replaceChildren(h("p", { class: "form-error" }, unreachable(result)));
      return;
    }
    rules = (result.body || []).map((r) => ({ ...r, match: String(r.match || "exact").toLowerCase(), pin: r.pin || [], hide: r.hide || [] }));
    els.rules.replaceChildren(rules.length === 0
      ? h("p", { class: "empty" }, "There are no rules yet.")
      : h("ul", { class: "rule-list" }, rules.map(ruleItem)));
  }

  function urlList(urls) {
    return urls.length === 0 ? "none" : h("ul", { class: "url-list" }, urls.map((u) => h("li", {}, u)));
  }

  function ruleItem(rule) {
    const message = h("p", { class: "form-error" });
    const remove = h("button", { class: "button danger", type: "button", onclick: async () => {
      remove.disabled = true;
      try {
        const result = await api(`/api/admin/rules/${encodeURIComponent(rule.id)}`, { method: "DELETE" });
        if (result.status === 204 || result.status === 200) {
          announce(`Deleted the rule ${rule.id}. You can undo this under Recent changes.`);
          await loadRules();
          els.ruleForm.querySelector("input")?.focus();
          guarded(loadChanges, els.changes);
        } else {
          message.textContent = unreachable(result);
        }
      } finally {
        remove.disabled = false;
      }
    } }, "Delete", h("span", { class: "visually-hidden" }, ` rule ${rule.id}`));
    const edit = h("button", { class: "button quiet", type: "button", onclick: () => fillRuleForm(rule) },
      "Edit", h("span", { class: "visually-hidden" }, ` rule ${rule.id}`));
    return h("li", { class: "card rule", "data-rule": rule.id },
      h("p", { class: "rule-title" }, h("span", { class: "query" }, quoted(rule.query)), " ",
        h("span", { class: "tag" }, rule.match === "contains" ? "contains these words" : "exact search")),
      h("dl", { class: "facts" },
        h("div", {}, h("dt", {}, "Id"), h("dd", {}, rule.id)),
        h("div", {}, h("dt", {}, "Shown first"), h("dd", {}, urlList(rule.pin))),
        h("div", {}, h("dt", {}, "Hidden"), h("dd", {}, urlList(rule.hide)))),
      h("div", { class: "actions" }, edit, remove),
      message);
  }

  const RULE_FIELDS = [
    ["id", "Id", "input", "Letters, digits, - or _, such as insurance-pages. Saving with an existing id replaces that rule."],
    ["query", "Search", "input", "The search the rule is for."],
    ["match", "Applies to", "select", null],
    ["pin", "Pages to show first", "textarea", "One site path per line, in order, such as /about/insurance/."],
    ["hide", "Pages to hide", "textarea", "One site path per line. Leave empty to hide nothing."],
  ];

  function ruleForm() {
    const fields = {};
    const formError = h("p", { class: "form-error", id: nextId("rule-form-error") });
    const controls = RULE_FIELDS.map(([name, label, kind, hint]) => {
      const id = nextId(`rule-${name}`);
      const hintId = hint ? nextId(`rule-${name}-hint`) : null;
      const errorId = nextId(`rule-${name}-error`);
      const common = { id, name, class: kind === "select" ? "select" : "input", "aria-describedby": hintId, autocomplete: "off", spellcheck: "false" };
      const control = kind === "select"
        ? h("select", common, h("option", { value: "exact" }, "Exactly this search"), h("option", { value: "contains" }, "Any search containing these words"))
        : kind === "textarea" ? h("textarea", { ...common, rows: name === "pin" ? 3 : 2 }) : h("input", { ...common, type: "text" });
      const error = h("p", { class: "form-error", id: errorId });
      fields[name] = { control, error, hintId, errorId };
      return h("div", { class: "field" },
        h("label", { for: id }, label),
        hint && h("p", { class: "hint", id: hintId }, hint),
        control, error);
    });

    const save = h("button", { class: "button", type: "submit" }, "Save rule");
    const form = h("form", { class: "card rule-form", "aria-labelledby": "rule-form-title", novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      clearErrors();
      const id = fields.id.control.value.trim();
      const body = {
        query: fields.query.control.value.trim(),
        match: fields.match.control.value,
        pin: lines(fields.pin.control.value),
        hide: lines(fields.hide.control.value),
      };
      if (!id) {
        showErrors({ id: ["Give the rule an id: letters, digits, - or _."] });
        return;
      }
      save.disabled = true;
      try {
        const result = await api(`/api/admin/rules/${encodeURIComponent(id)}`, { method: "PUT", json: body });
        if (result.status === 200) {
          form.reset();
          announce(`Saved the rule ${id} for ${quoted(body.query)}.`);
          guarded(loadRules, els.rules);
          guarded(loadChanges, els.changes);
        } else if (result.status === 400 && result.body && result.body.errors) {
          showErrors(result.body.errors);
        } else {
          formError.textContent = unreachable(result);
          formError.setAttribute("role", "alert");
        }
      } finally {
        save.disabled = false;
      }
    } },
    h("h3", { id: "rule-form-title" }, "Add or change a rule"),
    controls,
    formError,
    h("div", { class: "actions" }, save));

    function clearErrors() {
      formError.textContent = "";
      formError.removeAttribute("role");
      for (const field of Object.values(fields)) {
        field.error.textContent = "";
        field.control.removeAttribute("aria-invalid");
        if (field.hintId) field.control.setAttribute("aria-describedby", field.hintId);
        else field.control.removeAttribute("aria-describedby");
      }
    }

    /** A validation problem's errors, each next to the field it names; any other name at the form's end. */
    function showErrors(errors) {
      let first = null;
      const other = [];
      for (const [name, messages] of Object.entries(errors)) {
        const field = fields[String(name).split(/[.[]/)[0].toLowerCase()];
        const text = [].concat(messages).join(" ");
        if (!field) {
          other.push(text);
          continue;
        }
        field.error.textContent = text;
        field.control.setAttribute("aria-invalid", "true");
        field.control.setAttribute("aria-describedby", [field.errorId, field.hintId].filter(Boolean).join(" "));
        first = first || field.control;
      }
      if (other.length > 0) formError.textContent = other.join(" ");
      announce("The rule was not saved: please see the notes next to the fields.");
      (first || fields.id.control).focus();
    }

    els.ruleForm = form;
    els.ruleFields = fields;
    return form;
  }

  function fillRuleForm(rule) {
    const f = els.ruleFields;
    f.id.control.value = rule.id;
    f.query.control.value = rule.query;
    f.match.control.value = rule.match === "contains" ? "contains" : "exact";
    f.pin.control.value = rule.pin.join("\n");
    f.hide.control.value = rule.hide.join("\n");
    f.id.control.focus();
    announce(`The rule ${rule.id} is in the form below, ready to change.`);
  }

  /* ---------------------------------------------------------------- synonyms and crisis phrases */

  function textSection(key, title, path, label, hint) {
    const id = nextId(key);
    const hintId = nextId(`${key}-hint`);
    const errorId = nextId(`${key}-error`);
    const body = h("div", { "aria-busy": "true" }, h("p", { class: "muted" }, "Loading\u2026"));
    const area = h("textarea", { id, class: "input text-file", rows: "12", spellcheck: "false", "aria-describedby": hintId });
    const error = h("p", { id: errorId, class: "form-error" });
    const done = h("p", { class: "saved" });
    const save = h("button", { class: "button", type: "submit" }, `Save ${title.toLowerCase()}`);
    const form = h("form", { class: "text-form", novalidate: true, onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = "";
      done.textContent = "";
      area.removeAttribute("aria-invalid");
      area.setAttribute("aria-describedby", hintId);
      save.disabled = true;
      try {
        const result = await api(path, { method: "PUT", text: area.value, accept: "application/json" });
        if (result.status === 200) {
          const count = result.body && typeof result.body.lines === "number" ? result.body.lines : null;
          done.textContent = count === null ? "Saved." : `Saved: ${plural(count, "line", "lines")}.`;
          announce(`${title} saved.`);
          guarded(loadChanges, els.changes);
        } else if (result.status === 404) {
          body.replaceChildren(notAvailable());
        } else {
          error.textContent = result.status === 400
            ? problemText(result.body, "The file was not saved: please check it.")
            : unreachable(result);
          area.setAttribute("aria-invalid", "true");
          area.setAttribute("aria-describedby", `${errorId} ${hintId}`);
          area.focus();
        }
      } finally {
        save.disabled = false;
      }
    } },
    h("label", { for: id }, label),
    h("p", { id: hintId, class: "hint" }, hint),
    area, error,
    h("div", { class: "actions" }, save, done));

    async function load() {
      body.setAttribute("aria-busy", "true");
      const result = await api(path, { accept: "text/plain" });
      body.removeAttribute("aria-busy");
      if (result.status === 200) {
        area.value = typeof result.body === "string" ? result.body : "";
        body.replaceChildren(form);
      } else if (result.status === 404) {
        body.replaceChildren(notAvailable());
      } else {
        body.replaceChildren(h("p", { class: "form-error" }, unreachable(result)));
      }
    }

    els[`load-${key}`] = () => guarded(load, body);
    guarded(load, body);
    return section(key, title, body);
  }

  const notAvailable = () => h("p", { class: "empty" }, "Not available on this service yet.");

  /* ---------------------------------------------------------------- recent changes and undo */

  const KINDS = { rule: "Rule", synonyms: "Synonyms", "crisis-phrases": "Crisis phrases" };
  const ACTIONS = { put: "saved", delete: "deleted", undo: "changed back (an undo)" };

  function describeChange(change) {
    const what = change.kind === "rule" ? `Rule ${quoted(change.target)}` : KINDS[change.kind] || `${change.kind} ${change.target || ""}`.trim();
    return `${what} ${ACTIONS[change.action] || change.action}`;
  }

  async function loadChanges() {
    els.changes.setAttribute("aria-busy", "true");
    const result = await api("/api/admin/changes?limit=50");
    els.changes.removeAttribute("aria-busy");
    if (result.status === 404) {
      els.changes.replaceChildren(notAvailable());
      return;
    }
    if (result.status !== 200) {
      els.changes.replaceChildren(h("p", { class: "form-error" }, unreachable(result)));
      return;
    }
    const changes = (result.body && result.body.changes) || [];
    els.changes.replaceChildren(changes.length === 0
      ? h("p", { class: "empty" }, "No changes yet.")
      : h("ol", { class: "change-list" }, changes.map(changeItem)));
  }

  function changeItem(change) {
    const textId = nextId("change");
    const message = h("p", { class: "form-error" });
    const undo = !change.undone && h("button", { class: "button secondary", type: "button", "aria-describedby": textId, onclick: async () => {
      undo.disabled = true;
      try {
        const result = await api(`/api/admin/changes/${encodeURIComponent(change.id)}/undo`, { method: "POST" });
        if (result.status === 200) {
          const what = describeChange(change);
          announce(`Undone: ${what.charAt(0).toLowerCase()}${what.slice(1)}.`);
          await loadChanges();
          els.changes.querySelector("button")?.focus();
          if (change.kind === "rule") guarded(loadRules, els.rules);
          if (change.kind === "synonyms") els["load-synonyms"]();
          if (change.kind === "crisis-phrases") els["load-crisis"]();
        } else {
          message.textContent = unreachable(result);
          undo.disabled = false;
          undo.focus();
        }
      } catch (error) {
        undo.disabled = false;
        throw error;
      }
    } }, "Undo");
    return h("li", { class: "change" },
      h("p", { class: "change-text", id: textId }, describeChange(change), change.undone && h("span", { class: "tag" }, "undone")),
      h("p", { class: "muted" }, h("time", { datetime: change.at }, formatTime(change.at)), change.key ? ` \u00B7 by ${change.key}` : ""),
      undo && h("div", { class: "actions" }, undo),
      message);
  }

  /* ---------------------------------------------------------------- start */

  async function start() {
    const key = sessionStorage.getItem(KEY_ITEM);
    if (!key) {
      renderSignIn(null);
      return;
    }
    app.replaceChildren(h("p", { class: "muted", "aria-busy": "true" }, "Loading\u2026"));
    try {
      const result = await api(`/api/admin/analytics?days=${days}`);
      if (result.status === 200) renderDashboard(result.body);
      else app.replaceChildren(h("p", { class: "form-error" }, unreachable(result)));
    } catch (error) {
      if (!(error instanceof Stopped)) throw error;
    }
  }

  start();
})();
