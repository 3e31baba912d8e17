/*
 * Harris House site search widgets: <hh-search-box>, <hh-search-results> and <hh-related>.
 * One script, no framework, no build step. Include it once, with the stylesheet:
 *
 *   <link rel="stylesheet" href="https://search.example.org/widgets/hh-search.css">
 *   <script src="https://search.example.org/widgets/hh-search.js" defer></script>
 *
 * The API's base URL is the script's own origin (or data-api="..." on the script tag, or api="..." on an
 * element). Elements render into the light DOM with hh- class names, so the site's theme can style them.
 * Attributes: action (results page, default /search) and page-url (how a site path becomes a link,
 * default "{url}") on the box; page-url on the results and related elements; param (the URL parameter that
 * holds the query, default q; a WordPress site uses s) on the box and the results; url (a path, or an
 * absolute address of the site; default: the current page) and count on <hh-related>.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  const scriptApi = script && (script.dataset.api || new URL(script.src, location.href).origin);
  const PHONE = "314-631-4299";
  const TYPE_NAMES = { blog: "Blog post", treatment: "Treatment program", addiction: "Addiction topic", page: "Page" };
  const FACETS = [["type", "Type"], ["category", "Category"], ["year", "Year"]];
  let uid = 0;

  /** Tells the widgets on the page that the URL changed without a navigation (pushState). */
  const LOCATION_CHANGED = "hh:locationchange";
  const announceLocation = () => window.dispatchEvent(new Event(LOCATION_CHANGED));
  const onLocation = (handler) => {
    window.addEventListener("popstate", handler);
    window.addEventListener(LOCATION_CHANGED, handler);
  };

  const apiBase = (el) => (el.getAttribute("api") || scriptApi || location.origin).replace(/\/$/, "");
  const pageLink = (el, url) => (el.getAttribute("page-url") || "{url}").replace("{url}", encodeURI(url));
  const nextId = (prefix) => `hh-${prefix}-${++uid}`;
  /** The parameter of the page's URL that holds the query: q by default, s on a WordPress site. */
  const queryParam = (el) => el.getAttribute("param") || "q";
  /** A site path, from a path or from an absolute address of the site (a WordPress permalink). */
  const sitePath = (url) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url).pathname : url);

  /** Creates an element with attributes and children (strings become text, never markup). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
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

  /**
   * Turns the API's highlighted text (HTML-encoded, matches in <mark>) into DOM nodes, keeping only text and
   * <mark>: whatever a page or a query contains, nothing else can become markup here.
   */
  function marked(html) {
    const parsed = new DOMParser().parseFromString(`<body>${html || ""}</body>`, "text/html").body;
    const out = document.createDocumentFragment();
    for (const node of parsed.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
      else if (node.nodeName === "MARK") out.append(h("mark", { class: "hh-mark" }, node.textContent));
      else out.append(node.textContent || "");
    }
    return out;
  }

  /** The words of the search a hit lacks, struck through as web search engines show them ("Missing: gambling"). */
  function missing(hit) {
    const words = hit.missing || [];
    if (words.length === 0) return null;
    return h("p", { class: "hh-missing" }, "Missing: ", words.flatMap((word, i) => [i ? " " : "", h("s", {}, word)]));
  }

  function formatDate(iso) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
  }

  async function getJson(url, signal) {
    const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  /* ---------------------------------------------------------------- emergency notice */

  // The notice speaks the search's language: Spanish is the region's second language (988 answers in Spanish
  // on option 2).
  const CRISIS_TEXT = {
    en: {
      title: "If you or someone else is in danger, get help now.",
      emergency: ["Emergency or possible overdose: call ", "."],
      lifeline: ["Thinking about suicide or in crisis: call or text ", ", the Suicide & Crisis Lifeline."],
      center: ["To talk with Harris House about treatment: ", "."],
    },
    es: {
      title: "Si usted u otra persona está en peligro, pida ayuda ahora.",
      emergency: ["Emergencia o posible sobredosis: llame al ", "."],
      lifeline: ["Si piensa en el suicidio o está en crisis: llame o envíe un texto al ", " (Línea de Prevención del Suicidio y Crisis; marque 2 para español)."],
      center: ["Para hablar con Harris House sobre tratamiento: ", "."],
    },
  };

  function crisisNotice(language, extraClass) {
    const lang = language === "es" ? "es" : "en";
    const text = CRISIS_TEXT[lang];
    const line = ([before, after], number, href) => h("li", {}, before, h("a", { href }, number), after);
    return h("div", { class: `hh-crisis${extraClass ? " " + extraClass : ""}`, role: "alert", lang },
      h("p", { class: "hh-crisis-title" }, text.title),
      h("ul", { class: "hh-crisis-list" },
        line(text.emergency, "911", "tel:911"),
        line(text.lifeline, "988", "tel:988"),
        line(text.center, PHONE, `tel:${PHONE}`)));
  }

  /* ---------------------------------------------------------------- search box (WAI-ARIA combobox) */

  class SearchBox extends HTMLElement {
    connectedCallback() {
      if (this.form) return;
      const inputId = nextId("q");
      const listId = nextId("suggestions");
      this.input = h("input", {
        id: inputId, class: "hh-input", type: "search", name: queryParam(this), role: "combobox", autocomplete: "off",
        "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId,
        placeholder: this.getAttribute("placeholder") || "Search treatment, addictions, recovery...",
        oninput: () => this.schedule(), onkeydown: (e) => this.key(e), onblur: () => setTimeout(() => this.close(), 150),
      });
      this.list = h("ul", { id: listId, class: "hh-suggestions", role: "listbox", "aria-label": "Suggestions", hidden: true });
      // The emergency numbers, shown with the suggestions as soon as what is typed signals a crisis.
      this.notice = h("div", { class: "hh-box-crisis", hidden: true });
      this.form = h("form", { class: "hh-search-box", role: "search", action: this.getAttribute("action") || "/search", onsubmit: (e) => this.submit(e) },
        h("label", { class: "hh-label", for: inputId }, this.getAttribute("label") || "Search the site"),
        h("div", { class: "hh-field" },
          h("div", { class: "hh-combobox" }, this.input, this.notice, this.list),
          h("button", { class: "hh-button", type: "submit" }, "Search")));
      this.input.value = new URLSearchParams(location.search).get(queryParam(this)) || "";
      onLocation(() => { this.input.value = new URLSearchParams(location.search).get(queryParam(this)) || ""; });
      this.options = [];
      this.active = -1;
      this.replaceChildren(this.form);
    }

    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.suggest(), 120);
    }

    async suggest() {
      const typed = this.input.value;
      this.pending?.abort();
      if (!typed.trim()) {
        this.showCrisis(null);
        return this.close();
      }
      this.pending = new AbortController();
      try {
        const result = await getJson(`${apiBase(this)}/api/suggest?q=${encodeURIComponent(typed)}&limit=8`, this.pending.signal);
        if (typed === this.input.value) {
          this.showCrisis(result.crisis ? result.crisisLanguage : null);
          this.show(typed, result.suggestions);
        }
      } catch (error) {
        if (error.name !== "AbortError") this.close();
      }
    }

    show(typed, suggestions) {
      // A refresh that lands after the visitor moved to an option keeps them on it, if it is still offered.
      const previous = this.list.hidden ? null : this.options[this.active];
      this.options = suggestions;
      this.list.dataset.for = typed;
      this.list.replaceChildren(...suggestions.map((s, i) => h("li", {
        id: `${this.list.id}-${i}`, class: `hh-option hh-option-${s.kind}`, role: "option", "aria-selected": "false",
        onmousedown: (e) => { e.preventDefault(); this.choose(i); },
      }, h("span", { class: "hh-option-text" }, s.text), s.type ? h("span", { class: "hh-option-type" }, TYPE_NAMES[s.type] || s.type) : null)));
      const open = suggestions.length > 0;
      this.list.hidden = !open;
      this.input.setAttribute("aria-expanded", String(open));
      this.select(previous ? suggestions.findIndex((s) => s.text === previous.text && s.url === previous.url) : -1);
    }

    showCrisis(language) {
      // Rebuilt only when it changes, so that a screen reader announces it once, not on every keystroke.
      const shown = this.notice.hidden ? null : this.notice.dataset.language;
      if (shown === (language || null)) return;
      this.notice.dataset.language = language || "";
      this.notice.replaceChildren(...(language ? [crisisNotice(language, "hh-crisis-compact")] : []));
      this.notice.hidden = !language;
    }

    // Escape also drops a suggestion still on its way, so that a late answer cannot reopen what the visitor closed.
    dismiss() {
      clearTimeout(this.timer);
      this.pending?.abort();
      this.close();
    }

    close() {
      this.list.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
      this.input.removeAttribute("aria-activedescendant");
      this.active = -1;
    }

    move(step) {
      if (this.list.hidden || !this.options.length) return;
      // Cycles through the options and back to the text box itself (index -1).
      const slots = this.options.length + 1;
      this.select(((this.active + 1 + step + slots) % slots) - 1);
    }

    select(index) {
      this.active = index;
      [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
      if (index >= 0) this.input.setAttribute("aria-activedescendant", this.list.children[index].id);
      else this.input.removeAttribute("aria-activedescendant");
    }

    key(event) {
      if (event.key === "ArrowDown") { event.preventDefault(); if (this.list.hidden) this.suggest(); else this.move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); this.move(-1); }
      else if (event.key === "Escape") { if (!this.list.hidden) { event.preventDefault(); this.dismiss(); } else this.input.value = ""; }
      else if (event.key === "Enter" && this.active >= 0) { event.preventDefault(); this.choose(this.active); }
    }

    choose(index) {
      const option = this.options[index];
      this.close();
      if (option.kind === "page" && option.url) location.assign(pageLink(this, option.url));
      else { this.input.value = option.text; this.go(option.text); }
    }

    submit(event) {
      event.preventDefault();
      this.go(this.input.value);
    }

    go(query) {
      const target = new URL(this.form.getAttribute("action"), location.href);
      target.search = new URLSearchParams({ [queryParam(this)]: query.trim() }).toString();
      if (target.pathname === location.pathname && document.querySelector("hh-search-results")) {
        history.pushState(null, "", target);
        announceLocation();
      } else {
        location.assign(target);
      }
    }
  }

  /* ---------------------------------------------------------------- results page */

  class SearchResults extends HTMLElement {
    connectedCallback() {
      if (this.status) return;
      this.status = h("p", { class: "hh-status", role: "status", "aria-live": "polite" });
      this.body = h("div", { class: "hh-results-body" });
      this.replaceChildren(h("div", { class: "hh-results" }, this.status, this.body));
      onLocation(() => this.load());
      this.load();
    }

    params() {
      return new URLSearchParams(location.search);
    }

    navigate(change) {
      const params = this.params();
      change(params);
      history.pushState(null, "", `${location.pathname}?${params}`);
      announceLocation();
    }

    async load() {
      const params = this.params();
      const query = params.get(queryParam(this)) || "";
      // The API's parameter is always q, whatever the page's URL calls it.
      const asked = new URLSearchParams(params);
      asked.delete(queryParam(this));
      if (query) asked.set("q", query);
      this.pending?.abort();
      this.pending = new AbortController();
      this.setAttribute("aria-busy", "true");
      try {
        const result = await getJson(`${apiBase(this)}/api/search?${asked}`, this.pending.signal);
        this.render(result, params);
      } catch (error) {
        if (error.name === "AbortError") return;
        this.status.textContent = "Search is not available right now.";
        this.body.replaceChildren(this.empty(query, true));
      } finally {
        this.removeAttribute("aria-busy");
      }
    }

    render(result, params) {
      const query = result.query;
      const count = `${result.totalHits} ${result.totalHits === 1 ? "result" : "results"}`;
      const searched = result.searchedFor || query;
      this.status.textContent = searched ? `${count} for "${searched}"` : count;
      const parts = [];
      if (result.crisis) parts.push(crisisNotice(result.crisisLanguage));
      if (result.searchedFor) {
        // A misspelt word was searched as its correction: say so, and offer the words as typed.
        parts.push(h("p", { class: "hh-didyoumean hh-searchedfor" }, "Showing results for ", h("strong", {}, result.searchedFor),
          ". Search instead for ", this.queryLink(query, true), "."));
      }
      if (result.didYouMean) {
        parts.push(h("p", { class: "hh-didyoumean" }, "Did you mean ", this.queryLink(result.didYouMean, false), "?"));
      }
      const nowhere = result.wordsNotFound || [];
      if (nowhere.length && result.hits.length) {
        // Results for the other words: say plainly that the site has nothing on these.
        parts.push(h("p", { class: "hh-notfound" }, "No page mentions ",
          nowhere.flatMap((word, i) => [i ? (i === nowhere.length - 1 ? " or " : ", ") : "", h("strong", {}, word)]), "."));
      }
      parts.push(h("div", { class: "hh-layout" }, this.facets(result.facets, params), h("div", { class: "hh-main" },
        result.hits.length ? [this.toolbar(params), this.hits(result), this.pages(result)] : this.empty(query, false))));
      this.body.replaceChildren(...parts);
    }

    /** A link to another search of the same filters, from its first page; asTyped asks for the words exactly as typed. */
    queryLink(query, asTyped) {
      const change = (p) => {
        p.set(queryParam(this), query);
        p.delete("page");
        if (asTyped) p.set("asTyped", "true"); else p.delete("asTyped");
      };
      const target = this.params();
      change(target);
      return h("a", { href: `?${target}`, onclick: (e) => { e.preventDefault(); this.navigate(change); } }, query);
    }

    facets(facets, params) {
      // On a phone the filters fold away behind their summary, so that the results come first.
      const selected = FACETS.reduce((n, [name]) => n + params.getAll(name).length, 0);
      const wide = !window.matchMedia("(max-width: 40rem)").matches;
      return h("details", { class: "hh-facets", open: wide || this.filtersOpen },
        h("summary", { class: "hh-facets-summary", onclick: (e) => { this.filtersOpen = !e.currentTarget.parentElement.open; } },
          selected ? `Filter results (${selected} selected)` : "Filter results"),
        FACETS.map(([name, label]) => {
        const values = facets[name] || [];
        if (!values.length) return null;
        return h("fieldset", { class: "hh-facet" }, h("legend", { class: "hh-facet-title" }, label), values.map((value) => {
          const id = nextId("facet");
          return h("div", { class: "hh-facet-value" },
            h("input", { type: "checkbox", id, class: "hh-checkbox", checked: value.selected, onchange: (e) => this.toggle(name, value.value, e.target.checked) }),
            h("label", { for: id }, name === "type" ? TYPE_NAMES[value.value] || value.value : value.value, " ", h("span", { class: "hh-count" }, `(${value.count})`)));
        }));
      }));
    }

    toggle(name, value, on) {
      this.navigate((params) => {
        const values = params.getAll(name).filter((v) => v !== value);
        params.delete(name);
        for (const v of on ? [...values, value] : values) params.append(name, v);
        params.delete("page");
      });
    }

    toolbar(params) {
      const id = nextId("sort");
      const select = h("select", { id, class: "hh-select", onchange: (e) => this.navigate((p) => { p.set("sort", e.target.value); p.delete("page"); }) },
        [["relevance", "Best match"], ["newest", "Newest first"], ["oldest", "Oldest first"]].map(([value, label]) =>
          h("option", { value, selected: (params.get("sort") || "relevance") === value }, label)));
      return h("div", { class: "hh-toolbar" }, h("label", { for: id, class: "hh-sort-label" }, "Sort by "), select);
    }

    hits(result) {
      const start = (result.page - 1) * result.pageSize + 1;
      return h("ol", { class: "hh-hits", start }, result.hits.map((hit, i) => h("li", { class: "hh-hit" },
        h("h3", { class: "hh-hit-title" }, h("a", { href: pageLink(this, hit.url), class: "hh-hit-link", onclick: () => this.reportClick(result.query, hit.url, start + i) }, marked(hit.titleHighlighted))),
        h("p", { class: "hh-hit-meta" }, hit.pinned ? [h("span", { class: "hh-pinned" }, "Recommended"), " "] : null,
          h("span", { class: `hh-type hh-type-${hit.type}` }, TYPE_NAMES[hit.type] || hit.type),
          hit.published ? [" \u00b7 ", h("time", { datetime: hit.published }, formatDate(hit.published))] : null),
        h("p", { class: "hh-snippet" }, marked(hit.snippet)),
        missing(hit))));
    }

    /** Counts the click (query, page and place only: nothing about the visitor). A beacon outlives the page it leaves. */
    reportClick(query, url, position) {
      const body = JSON.stringify({ type: "click", query, url, position });
      // text/plain is what a beacon may send across origins without a preflight.
      if (!(navigator.sendBeacon && navigator.sendBeacon(`${apiBase(this)}/api/events`, new Blob([body], { type: "text/plain" })))) {
        fetch(`${apiBase(this)}/api/events`, { method: "POST", body, headers: { "Content-Type": "text/plain" }, keepalive: true }).catch(() => {});
      }
    }

    pages(result) {
      if (result.totalPages <= 1) return null;
      const link = (page, label, extra) => h("a", {
        class: `hh-page${page === result.page ? " hh-page-current" : ""}`, href: `?${this.withPage(page)}`,
        "aria-current": page === result.page ? "page" : false, "aria-label": extra,
        onclick: (e) => { e.preventDefault(); this.navigate((p) => p.set("page", page)); window.scrollTo(0, 0); },
      }, label);
      const first = Math.max(1, result.page - 2);
      const last = Math.min(result.totalPages, first + 4);
      const numbers = [];
      for (let page = first; page <= last; page++) numbers.push(link(page, String(page), `Page ${page}`));
      return h("nav", { class: "hh-pagination", "aria-label": "Result pages" },
        result.page > 1 ? link(result.page - 1, "Previous", "Previous page") : null, numbers,
        result.page < result.totalPages ? link(result.page + 1, "Next", "Next page") : null);
    }

    withPage(page) {
      const params = this.params();
      params.set("page", page);
      return params;
    }

    empty(query, failed) {
      return h("div", { class: "hh-empty" },
        h("p", { class: "hh-empty-title" }, failed ? "We could not search right now." : query ? `Nothing matched "${query}".` : "Type what you are looking for."),
        failed ? null : h("p", {}, "Try fewer or different words, or check the spelling."),
        h("p", {}, "You can also talk to someone: call our admissions team at ", h("a", { href: `tel:${PHONE}` }, PHONE), "."),
        h("ul", { class: "hh-empty-links" },
          h("li", {}, h("a", { href: pageLink(this, "/treatments/continuum-of-care/") }, "Our treatment programs")),
          h("li", {}, h("a", { href: pageLink(this, "/about/admissions/") }, "How admissions work")),
          h("li", {}, h("a", { href: pageLink(this, "/contact/") }, "Contact us"))));
    }
  }

  /* ---------------------------------------------------------------- "You also might be interested in" */

  class Related extends HTMLElement {
    static get observedAttributes() { return ["url", "count"]; }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) this.load(); }

    async load() {
      const url = sitePath(this.getAttribute("url") || location.pathname);
      this.pending?.abort();
      this.pending = new AbortController();
      try {
        const count = this.getAttribute("count") || "3";
        const result = await getJson(`${apiBase(this)}/api/related?url=${encodeURIComponent(url)}&count=${encodeURIComponent(count)}`, this.pending.signal);
        this.render(result.items);
      } catch (error) {
        if (error.name !== "AbortError") this.replaceChildren();
      }
    }

    render(items) {
      if (!items.length) return this.replaceChildren();
      const titleId = nextId("related");
      this.replaceChildren(h("section", { class: "hh-related", "aria-labelledby": titleId },
        h("h2", { id: titleId, class: "hh-related-title" }, this.getAttribute("heading") || "You also might be interested in"),
        h("ul", { class: "hh-related-list" }, items.map((item) => h("li", { class: "hh-related-item" },
          h("a", { class: "hh-related-link", href: pageLink(this, item.url) }, item.title),
          item.published ? h("p", { class: "hh-related-date" }, h("time", { datetime: item.published }, formatDate(item.published))) : null,
          h("p", { class: "hh-related-summary" }, item.summary.length > 110 ? `${item.summary.slice(0, 107).trimEnd()}...` : item.summary))))));
    }
  }

  customElements.define("hh-search-box", SearchBox);
  customElements.define("hh-search-results", SearchResults);
  customElements.define("hh-related", Related);
})();
