// Renders an indexed item as the site would show it, from /api/documents, with the related widget under it.
// Text is only ever set as text: nothing from the index becomes markup.
(() => {
  "use strict";
  const url = new URLSearchParams(location.search).get("url") || "/blog/whats-the-difference-between-opioid-dependence-and-addiction/";
  const article = document.querySelector(".article");
  const add = (tag, className, text) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = text;
    article.append(el);
    return el;
  };

  fetch(`/api/documents?url=${encodeURIComponent(url)}`, { headers: { Accept: "application/json" } })
    .then((response) => response.ok ? response.json() : Promise.reject(response.status))
    .then((item) => {
      document.title = `${item.title} - Harris House`;
      article.replaceChildren();
      add("h1", "article-title", item.title);
      const meta = [item.published, item.author && `Posted by ${item.author}`, item.categories.join(", ")].filter(Boolean).join(" \u00b7 ");
      if (meta) add("p", "article-meta", meta);
      if (item.summary) add("p", "article-summary", item.summary);
      for (const paragraph of item.body.split(/\n\s*\n/)) add("p", "", paragraph);
      const related = document.createElement("hh-related");
      related.setAttribute("page-url", "/demo/article?url={url}");
      related.setAttribute("url", item.url);
      article.after(related);
    })
    .catch(() => {
      article.replaceChildren();
      add("h1", "article-title", "Page not found");
      add("p", "", `Nothing is indexed at ${url}.`);
    });
})();
