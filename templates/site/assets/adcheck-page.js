/* The checker page: the form, the ad with every finding highlighted (the most serious on top where findings
 * overlap), the findings grouped by severity in plain words, and the report to send (copy, print, Word, HTML).
 * The checking itself is adcheck.js (the engine, loaded first); this file is only the page. */
(function () {
  "use strict";
  var Engine = window.RolegenAdcheckEngine;
  var ORDER = { error: 0, warning: 1, notice: 2 };
  var SEVERITIES = ["error", "warning", "notice"];

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* Where the rule's law stands: French law in force, an EU directive (transposed or not yet), or good practice. */
  function lawStatus(reference) {
    var first = reference.split(";")[0];
    if (/^Code (du travail|civil)/.test(first)) return "french-law";
    if (/2023\/970/.test(first)) return "eu-pending";
    if (/^Directive/.test(first)) return "eu-transposed";
    return "practice";
  }

  /* The ad's text cut where findings start and end; each piece marked with the most serious finding over it. */
  function highlighted(cps, findings) {
    var cuts = new Set([0, cps.length]);
    findings.forEach(function (f) { cuts.add(f.start); cuts.add(f.end); });
    var points = Array.from(cuts).sort(function (a, b) { return a - b; }), html = "";
    for (var k = 0; k + 1 < points.length; k++) {
      var a = points[k], b = points[k + 1], text = escapeHtml(cps.slice(a, b).join(""));
      var over = findings.filter(function (f) { return f.start <= a && b <= f.end && f.end > f.start; });
      if (!over.length) { html += text; continue; }
      over.sort(function (x, y) { return ORDER[x.severity] - ORDER[y.severity] || x.index - y.index; });
      var top = over[0];
      html += '<mark class="adcheck-' + top.severity + '" data-findings="' + over.map(function (f) { return f.index; }).join(" ") +
        '"><a href="#adcheck-finding-' + top.index + '">' + text + "</a></mark>";
    }
    return html;
  }

  function grouped(findings, words) {
    return SEVERITIES.map(function (severity) {
      var group = findings.filter(function (f) { return f.severity === severity; });
      if (!group.length) return "";
      return '<section class="adcheck-group adcheck-group-' + severity + '"><h3>' + escapeHtml(words.groups[severity]) +
        " (" + group.length + ")</h3><ol>" + group.map(function (f) {
          return '<li id="adcheck-finding-' + f.index + '" class="adcheck-' + f.severity + '" data-rule="' + escapeHtml(f.rule) +
            '" data-category="' + escapeHtml(f.category) + '" data-line="' + f.line + '" data-column="' + f.column +
            '" data-excerpt="' + escapeHtml(f.excerpt) + '" data-severity="' + f.severity + '" data-count="' + f.count + '">' +
            '<p class="adcheck-what"><strong>' + escapeHtml(words.severities[f.severity]) + "</strong>" + escapeHtml(words.colon) +
            escapeHtml(words.quotes[0] + f.excerpt + words.quotes[1]) + " — " + escapeHtml(f.message) + ".</p>" +
            '<p class="adcheck-instead"><span>' + escapeHtml(words.instead) + escapeHtml(words.colon) + "</span>" +
            escapeHtml(f.suggestion) + "</p>" +
            '<p class="adcheck-law"><span>' + escapeHtml(words.law) + escapeHtml(words.colon) + "</span>" + escapeHtml(f.reference) +
            " (" + escapeHtml(words.status[lawStatus(f.reference)]) + ")</p>" +
            '<p class="adcheck-technical"><small>' + escapeHtml(words.rule) + " <code>" + escapeHtml(f.category + "/" + f.rule) +
            "</code>, " + escapeHtml(words.line) + " " + f.line + ", " + escapeHtml(words.column) + " " + f.column + "</small></p></li>";
        }).join("") + "</ol></section>";
    }).join("");
  }

  /* The report as plain text: the summary, the ad, the findings by severity. */
  function reportText(state, words) {
    var out = [words.report_title, "", state.summary, "", words.ad, "", state.text.replace(/\s+$/, ""), "", words.findings];
    SEVERITIES.forEach(function (severity) {
      var group = state.findings.filter(function (f) { return f.severity === severity; });
      if (!group.length) return;
      out.push("", words.groups[severity] + " (" + group.length + ")");
      group.forEach(function (f, i) {
        out.push("", (i + 1) + ". " + words.quotes[0] + f.excerpt + words.quotes[1] + " — " + f.message + ".",
                 "   " + words.instead + words.colon + f.suggestion,
                 "   " + words.law + words.colon + f.reference + " (" + words.status[lawStatus(f.reference)] + ")",
                 "   " + words.rule + " " + f.category + "/" + f.rule + ", " + words.line + " " + f.line + ", " + words.column + " " + f.column);
      });
    });
    if (!state.findings.length) out.push("", words.clean);
    return out.join("\n") + "\n";
  }

  function reportHtml(state, words, lang, reportNode) {
    return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(words.report_title) +
      "</title>\n<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}" +
      "pre{white-space:pre-wrap;border:1px solid #ccc;padding:.8rem}mark.adcheck-error{background:#ffd6d6}" +
      "mark.adcheck-warning{background:#fff0c2}mark.adcheck-notice{background:#e3ecff}mark a{color:inherit}" +
      ".adcheck-technical{color:#555}@page{size:A4;margin:2cm}</style>\n</head>\n<body>\n<h1>" + escapeHtml(words.report_title) +
      "</h1>\n<p>" + escapeHtml(state.summary) + "</p>\n<h2>" + escapeHtml(words.ad) + "</h2>\n<pre>" +
      reportNode.querySelector("[data-adcheck-text]").innerHTML + "</pre>\n<h2>" + escapeHtml(words.findings) + "</h2>\n" +
      (state.findings.length ? reportNode.querySelector("[data-adcheck-findings]").innerHTML : "<p>" + escapeHtml(words.clean) + "</p>") +
      "\n</body>\n</html>\n";
  }

  /* The report as the paragraphs of a Word file (docx.js): a title, the ad, the findings by severity. */
  function reportParagraphs(state, words) {
    var plain = function (kind, text) { return [kind, [[text, false, null]]]; };
    var parts = [plain("h1", words.report_title), plain("p", state.summary), plain("h2", words.ad)];
    state.text.split("\n").forEach(function (line) { if (line.trim()) parts.push(plain("p", line.trim())); });
    parts.push(plain("h2", words.findings));
    SEVERITIES.forEach(function (severity) {
      var group = state.findings.filter(function (f) { return f.severity === severity; });
      if (!group.length) return;
      parts.push(plain("h3", words.groups[severity] + " (" + group.length + ")"));
      group.forEach(function (f) {
        parts.push(["ol", [[words.quotes[0] + f.excerpt + words.quotes[1], true, null], [" — " + f.message + ". " + words.instead +
          words.colon + f.suggestion + ". " + words.law + words.colon + f.reference + " (" + words.status[lawStatus(f.reference)] +
          "); " + words.rule + " " + f.category + "/" + f.rule + ".", false, null]]]);
      });
    });
    if (!state.findings.length) parts.push(plain("p", words.clean));
    return parts;
  }

  function save(name, type, body) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([body], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function render(root, engine, words) {
    var form = root.querySelector("form"), textarea = root.querySelector("textarea");
    var langSelect = root.querySelector("select"), fragmentBox = root.querySelector("input[type=checkbox]");
    var summary = root.querySelector("[data-adcheck-summary]"), marked = root.querySelector("[data-adcheck-text]");
    var list = root.querySelector("[data-adcheck-findings]"), stale = root.querySelector("[data-adcheck-stale]");
    var report = root.querySelector("[data-adcheck-report]"), send = root.querySelector("[data-adcheck-send]");
    var said = root.querySelector("[data-adcheck-said]");
    var uiLang = document.documentElement.lang === "en" ? "en" : "fr", state = null;

    function check() {
      var text = textarea.value;
      var result = engine.checkVisible(text, { lang: langSelect.value || null, fragment: fragmentBox.checked, uiLang: uiLang });
      var counts = { error: 0, warning: 0, notice: 0 };
      var findings = result.findings.map(function (f, i) { return Object.assign({ index: i }, f); });
      findings.forEach(function (f) { counts[f.severity]++; });
      var line = words.summary.replace("{errors}", counts.error).replace("{warnings}", counts.warning)
        .replace("{notices}", counts.notice).replace("{verdict}", engine.gender.labels[uiLang][result.gender.verdict])
        .replace("{masculine}", result.gender.masculine.length).replace("{feminine}", result.gender.feminine.length)
        .replace("{words}", result.gender.words);
      summary.textContent = line;
      var cps = Array.from(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n"));
      marked.innerHTML = highlighted(cps, findings);
      var ordered = findings.slice().sort(function (a, b) { return ORDER[a.severity] - ORDER[b.severity] || a.index - b.index; });
      list.innerHTML = ordered.length ? grouped(ordered, words) : "<p>" + escapeHtml(words.clean) + "</p>";
      state = { text: cps.join(""), summary: line, findings: ordered };
      stale.hidden = true;
      report.classList.remove("rolegen-adcheck-outdated");
      send.hidden = false;
      said.textContent = "";
      root.setAttribute("data-adcheck-done", String(Number(root.getAttribute("data-adcheck-done") || 0) + 1));
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); check(); });
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
    });
    function outdated() {
      if (state === null) return;
      stale.textContent = words.stale;
      stale.hidden = false;
      report.classList.add("rolegen-adcheck-outdated");
    }
    [textarea, langSelect, fragmentBox].forEach(function (el) { el.addEventListener("input", outdated); el.addEventListener("change", outdated); });

    root.querySelector("[data-adcheck-copy]").addEventListener("click", function () {
      var text = reportText(state, words);
      var done = function () { said.textContent = words.copied; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { copyByHand(text); done(); });
      } else { copyByHand(text); done(); }
    });
    function copyByHand(text) {
      var box = document.createElement("textarea");
      box.value = text;
      box.setAttribute("readonly", "");
      box.style.position = "fixed"; box.style.opacity = "0";
      document.body.appendChild(box);
      box.select();
      document.execCommand("copy");
      box.remove();
    }
    root.querySelector("[data-adcheck-print]").addEventListener("click", function () { window.print(); });
    root.querySelector("[data-adcheck-html]").addEventListener("click", function () {
      save(words.file + ".html", "text/html", reportHtml(state, words, uiLang, report));
    });
    root.querySelector("[data-adcheck-docx]").addEventListener("click", function () {
      fetch(root.getAttribute("data-adcheck-word")).then(function (r) { return r.json(); }).then(function (data) {
        var bytes = window.RolegenDocx.document(reportParagraphs(state, words), { lang: uiLang, title: words.report_title,
          author: "", day: new Date().toISOString().slice(0, 10), keywords: "" }, data.word);
        save(words.file + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes);
      });
    });
    window.rolegenAdcheckReport = function () { return state && reportText(state, words); };
  }

  function start() {
    var root = document.querySelector("[data-adcheck-rules]");
    if (!root) return;
    var words = JSON.parse(root.querySelector("[data-adcheck-words]").textContent);
    words.file = document.documentElement.lang === "en" ? "ad-check" : "verification-annonce";
    fetch(root.getAttribute("data-adcheck-rules")).then(function (r) { return r.json(); }).then(function (data) {
      var engine = new Engine(data);
      window.rolegenAdcheck = engine;
      window.rolegenAdcheckVisible = function (text, options) { return engine.checkVisible(text, options); };
      render(root, engine, words);
      root.querySelector("button[type=submit]").disabled = false;
      root.setAttribute("data-adcheck-ready", "true");
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
