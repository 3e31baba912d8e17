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
  const FACETS = ["type", "category", "year"];
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
  function missing(hit, text) {
    const words = hit.missing || [];
    if (words.length === 0) return null;
    return h("p", { class: "hh-missing" }, text.missing(words.length), words.flatMap((word, i) => [i ? " " : "", h("s", {}, word)]));
  }

  function formatDate(iso, locale) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale || "en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
  }

  /* ---------------------------------------------------------------- the results page's own words */

  // The results page speaks the language the search was typed in (the API's "language"): a visitor who searched in
  // Spanish reads "Ninguna página menciona…" rather than English lines around their own words. The site's pages
  // stay as written, so titles and snippets keep the page's language.
  const RESULTS_TEXT = {
    en: {
      locale: "en-US",
      count: (n) => `${n} ${n === 1 ? "result" : "results"}`,
      countFor: (count, words) => `${count} for "${words}"`,
      showing: ["Showing results for ", ". Search instead for ", "."],
      didYouMean: ["Did you mean ", "?"],
      nowhere: ["No page mentions ", " or ", "."],
      missing: () => "Missing: ",
      types: TYPE_NAMES,
      facets: { type: "Type", category: "Category", year: "Year" },
      filter: (selected) => (selected ? `Filter results (${selected} selected)` : "Filter results"),
      sortBy: "Sort by ",
      sorts: [["relevance", "Best match"], ["newest", "Newest first"], ["oldest", "Oldest first"]],
      pinned: "Recommended",
      pages: { label: "Result pages", previous: ["Previous", "Previous page"], next: ["Next", "Next page"], page: (n) => `Page ${n}` },
      failed: "We could not search right now.",
      unavailable: "Search is not available right now.",
      none: (query) => `Nothing matched "${query}".`,
      start: "Type what you are looking for.",
      hint: "Try fewer or different words, or check the spelling.",
      talk: ["You can also talk to someone: call our admissions team at ", "."],
      links: ["Our treatment programs", "How admissions work", "Contact us"],
    },
    es: {
      locale: "es-US",
      count: (n) => `${n} ${n === 1 ? "resultado" : "resultados"}`,
      countFor: (count, words) => `${count} para "${words}"`,
      showing: ["Se muestran resultados para ", ". Buscar en cambio ", "."],
      didYouMean: ["¿Quiso decir ", "?"],
      nowhere: ["Ninguna página menciona ", " ni ", "."],
      missing: (n) => (n === 1 ? "Falta: " : "Faltan: "),
      types: { blog: "Artículo del blog", treatment: "Programa de tratamiento", addiction: "Tema de adicción", page: "Página" },
      facets: { type: "Tipo", category: "Categoría", year: "Año" },
      filter: (selected) => (selected ? `Filtrar resultados (${selected} ${selected === 1 ? "seleccionado" : "seleccionados"})` : "Filtrar resultados"),
      sortBy: "Ordenar por ",
      sorts: [["relevance", "Más relevantes"], ["newest", "Más recientes"], ["oldest", "Más antiguos"]],
      pinned: "Recomendado",
      pages: { label: "Páginas de resultados", previous: ["Anterior", "Página anterior"], next: ["Siguiente", "Página siguiente"], page: (n) => `Página ${n}` },
      failed: "No pudimos buscar en este momento.",
      unavailable: "La búsqueda no está disponible en este momento.",
      none: (query) => `No encontramos nada para "${query}".`,
      start: "Escriba lo que busca.",
      hint: "Pruebe con menos palabras o con otras, o revise la ortografía.",
      talk: ["También puede hablar con alguien: llame a nuestro equipo de admisiones al ", "."],
      links: ["Nuestros programas de tratamiento", "Cómo funciona la admisión", "Contáctenos"],
    },
  };
  const resultsText = (language) => (language === "es" ? RESULTS_TEXT.es : RESULTS_TEXT.en);

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
      // A page (its title matched) or a result (the search ranks it first) opens; a phrase is searched for.
      if (option.url) location.assign(pageLink(this, option.url));
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
      this.text = RESULTS_TEXT.en;
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
        // No answer says which language the search was in: the page's own language (English) speaks.
        this.speak(RESULTS_TEXT.en);
        this.status.textContent = this.text.unavailable;
        this.body.replaceChildren(this.empty(query, true));
      } finally {
        this.removeAttribute("aria-busy");
      }
    }

    /** Sets the words the page's own lines are in, and marks their language for screen readers and translators. */
    speak(text) {
      this.text = text;
      const lang = text === RESULTS_TEXT.en ? null : text.locale.slice(0, 2);
      for (const el of [this.status, this.body]) {
        if (lang) el.setAttribute("lang", lang);
        else el.removeAttribute("lang");
      }
    }

    render(result, params) {
      const query = result.query;
      this.speak(resultsText(result.language));
      const text = this.text;
      const count = text.count(result.totalHits);
      const searched = result.searchedFor || query;
      this.status.textContent = searched ? text.countFor(count, searched) : count;
      const parts = [];
      if (result.crisis) parts.push(crisisNotice(result.crisisLanguage));
      if (result.searchedFor) {
        // A misspelt word was searched as its correction: say so, and offer the words as typed.
        parts.push(h("p", { class: "hh-didyoumean hh-searchedfor" }, text.showing[0], h("strong", {}, result.searchedFor),
          text.showing[1], this.queryLink(query, true), text.showing[2]));
      }
      if (result.didYouMean) {
        parts.push(h("p", { class: "hh-didyoumean" }, text.didYouMean[0], this.queryLink(result.didYouMean, false), text.didYouMean[1]));
      }
      const nowhere = result.wordsNotFound || [];
      if (nowhere.length && result.hits.length) {
        // Results for the other words: say plainly that the site has nothing on these.
        parts.push(h("p", { class: "hh-notfound" }, text.nowhere[0],
          nowhere.flatMap((word, i) => [i ? (i === nowhere.length - 1 ? text.nowhere[1] : ", ") : "", h("strong", {}, word)]), text.nowhere[2]));
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
      const text = this.text;
      const selected = FACETS.reduce((n, name) => n + params.getAll(name).length, 0);
      const wide = !window.matchMedia("(max-width: 40rem)").matches;
      return h("details", { class: "hh-facets", open: wide || this.filtersOpen },
        h("summary", { class: "hh-facets-summary", onclick: (e) => { this.filtersOpen = !e.currentTarget.parentElement.open; } },
          text.filter(selected)),
        FACETS.map((name) => {
        const values = facets[name] || [];
        if (!values.length) return null;
        return h("fieldset", { class: "hh-facet" }, h("legend", { class: "hh-facet-title" }, text.facets[name]), values.map((value) => {
          const id = nextId("facet");
          return h("div", { class: "hh-facet-value" },
            h("input", { type: "checkbox", id, class: "hh-checkbox", checked: value.selected, onchange: (e) => this.toggle(name, value.value, e.target.checked) }),
            h("label", { for: id }, name === "type" ? text.types[value.value] || value.value : value.value, " ", h("span", { class: "hh-count" }, `(${value.count})`)));
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
        this.text.sorts.map(([value, label]) =>
          h("option", { value, selected: (params.get("sort") || "relevance") === value }, label)));
      return h("div", { class: "hh-toolbar" }, h("label", { for: id, class: "hh-sort-label" }, this.text.sortBy), select);
    }

    hits(result) {
      const text = this.text;
      const start = (result.page - 1) * result.pageSize + 1;
      // Titles and snippets are the site's own words: in the page's language, whatever the lines around them speak.
      const site = this.body.lang ? document.documentElement.lang || "en" : null;
      return h("ol", { class: "hh-hits", start }, result.hits.map((hit, i) => h("li", { class: "hh-hit" },
        h("h3", { class: "hh-hit-title", lang: site }, h("a", { href: pageLink(this, hit.url), class: "hh-hit-link", onclick: () => this.reportClick(result.query, hit.url, start + i) }, marked(hit.titleHighlighted))),
        h("p", { class: "hh-hit-meta" }, hit.pinned ? [h("span", { class: "hh-pinned" }, text.pinned), " "] : null,
          h("span", { class: `hh-type hh-type-${hit.type}` }, text.types[hit.type] || hit.type),
          hit.published ? [" \u00b7 ", h("time", { datetime: hit.published }, formatDate(hit.published, text.locale))] : null),
        h("p", { class: "hh-snippet", lang: site }, marked(hit.snippet)),
        missing(hit, text))));
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
      const words = this.text.pages;
      const link = (page, label, extra) => h("a", {
        class: `hh-page${page === result.page ? " hh-page-current" : ""}`, href: `?${this.withPage(page)}`,
        "aria-current": page === result.page ? "page" : false, "aria-label": extra,
        onclick: (e) => { e.preventDefault(); this.navigate((p) => p.set("page", page)); window.scrollTo(0, 0); },
      }, label);
      const first = Math.max(1, result.page - 2);
      const last = Math.min(result.totalPages, first + 4);
      const numbers = [];
      for (let page = first; page <= last; page++) numbers.push(link(page, String(page), words.page(page)));
      return h("nav", { class: "hh-pagination", "aria-label": words.label },
        result.page > 1 ? link(result.page - 1, ...words.previous) : null, numbers,
        result.page < result.totalPages ? link(result.page + 1, ...words.next) : null);
    }

    withPage(page) {
      const params = this.params();
      params.set("page", page);
      return params;
    }

    empty(query, failed) {
      const text = this.text;
      const [programs, admissions, contact] = text.links;
      return h("div", { class: "hh-empty" },
        h("p", { class: "hh-empty-title" }, failed ? text.failed : query ? text.none(query) : text.start),
        failed ? null : h("p", {}, text.hint),
        h("p", {}, text.talk[0], h("a", { href: `tel:${PHONE}` }, PHONE), text.talk[1]),
        h("ul", { class: "hh-empty-links" },
          h("li", {}, h("a", { href: pageLink(this, "/treatments/continuum-of-care/") }, programs)),
          h("li", {}, h("a", { href: pageLink(this, "/about/admissions/") }, admissions)),
          h("li", {}, h("a", { href: pageLink(this, "/contact/") }, contact))));
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
