/* The checker page: a form, the text with its findings highlighted, the list of findings.
 * The checking itself is adcheck.js (the engine, loaded first); this file is only the page. */
(function () {
  "use strict";
  var Engine = window.RolegenAdcheckEngine;

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function render(root, engine, words) {
    var form = root.querySelector("form"), textarea = root.querySelector("textarea");
    var langSelect = root.querySelector("select"), fragmentBox = root.querySelector("input[type=checkbox]");
    var summary = root.querySelector("[data-adcheck-summary]"), marked = root.querySelector("[data-adcheck-text]");
    var list = root.querySelector("[data-adcheck-findings]");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = textarea.value, uiLang = document.documentElement.lang === "en" ? "en" : "fr";
      var report = engine.check(text, { lang: langSelect.value || null, fragment: fragmentBox.checked, uiLang: uiLang });
      var counts = { error: 0, warning: 0, notice: 0 };
      report.findings.forEach(function (f) { counts[f.severity]++; });
      summary.textContent = words.summary.replace("{errors}", counts.error).replace("{warnings}", counts.warning)
        .replace("{notices}", counts.notice).replace("{verdict}", words.verdicts[report.gender.verdict]);
      var cps = Array.from(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n")), html = "", pos = 0;
      var spans = report.findings.map(function (f, i) { return [f.start, f.end, i]; })
        .sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      spans.forEach(function (s) {
        if (s[0] < pos) return;  /* overlapping findings: the list shows them all */
        var f = report.findings[s[2]];
        html += escapeHtml(cps.slice(pos, s[0]).join(""));
        html += '<mark class="adcheck-' + f.severity + '"><a href="#adcheck-finding-' + s[2] + '">' +
          escapeHtml(cps.slice(s[0], s[1]).join("")) + "</a></mark>";
        pos = s[1];
      });
      marked.innerHTML = html + escapeHtml(cps.slice(pos).join(""));
      list.innerHTML = report.findings.map(function (f, i) {
        return '<li id="adcheck-finding-' + i + '" class="adcheck-' + f.severity + '" data-rule="' + f.rule +
          '" data-category="' + f.category + '" data-line="' + f.line + '" data-column="' + f.column +
          '" data-excerpt="' + escapeHtml(f.excerpt) + '" data-severity="' + f.severity + '">' +
          "<strong>" + escapeHtml(words.severities[f.severity]) + "</strong> " +
          "<code>" + escapeHtml(f.category + "/" + f.rule) + "</code> (" + words.line + " " + f.line + ", " +
          words.column + " " + f.column + ")" + words.colon + words.quotes[0] + escapeHtml(f.excerpt) + words.quotes[1] +
          " — " + escapeHtml(f.message) +
          ". <em>" + escapeHtml(f.suggestion) + "</em> <small>" + escapeHtml(f.reference) + "</small></li>";
      }).join("");
      root.setAttribute("data-adcheck-done", String(Number(root.getAttribute("data-adcheck-done") || 0) + 1));
    });
  }

  function start() {
    var root = document.querySelector("[data-adcheck-rules]");
    if (!root) return;
    var words = JSON.parse(root.querySelector("[data-adcheck-words]").textContent);
    fetch(root.getAttribute("data-adcheck-rules")).then(function (r) { return r.json(); }).then(function (data) {
      var engine = new Engine(data);
      window.rolegenAdcheck = engine;
      render(root, engine, words);
      root.querySelector("button").disabled = false;
      root.setAttribute("data-adcheck-ready", "true");
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
