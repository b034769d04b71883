/* The role guide's own script: the language switcher and the role picker.
 *
 * Served from the site itself; it loads nothing from another host and writes
 * role text into the page with textContent only, never as HTML.
 */
(function () {
  "use strict";

  /* The language switcher leads to the same page in the other language.
   * Both languages have the same pages at the same paths, so the page's path
   * below its language root is kept and only the root changes. The theme's
   * own handler would send visitors to the other language's home page, so the
   * rewritten links are marked to be followed as they are. */
  function fixLanguageLinks() {
    var links = document.querySelectorAll("a.md-select__link[hreflang]");
    var lang = document.documentElement.lang;
    var current = null;
    links.forEach(function (a) { if (a.hreflang === lang) current = a.href; });
    if (!current || location.href.indexOf(current) !== 0) return;
    var rest = location.href.slice(current.length);
    links.forEach(function (a) {
      if (a.hreflang !== lang) a.href = a.href + rest;
      a.target = "_self";
    });
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(text, href) {
    var a = element("a", text);
    a.href = href;
    return a;
  }

  /* A list of items; a detail (a skill's mark, what a collaboration is about)
   * follows the label, one per role when several roles are shown. */
  function list(items, notes) {
    var ul = element("ul");
    items.forEach(function (item) {
      var details = notes(item).filter(function (note) { return note; });
      ul.appendChild(element("li", details.length ? item.label + " (" + details.join(" / ") + ")" : item.label));
    });
    return ul;
  }

  function noteOf(role, section, key) {
    var found = role.sections[section].filter(function (i) { return i.key === key; })[0];
    return found && found.note;
  }

  /* The chosen roles side by side: a column per role, a row per section,
   * what all of them share first, then what is specific to each. */
  function render(data, chosen, target, root) {
    target.textContent = "";
    if (chosen.length < 2) {
      target.appendChild(element("p", data.labels.choose_two));
      return;
    }
    var wrapper = element("div", null, "rolegen-side-by-side");
    var table = element("table");
    var head = element("thead");
    var row = element("tr");
    row.appendChild(element("th", data.labels.section));
    chosen.forEach(function (role) {
      var th = element("th");
      th.scope = "col";
      th.appendChild(link(role.title, root + role.url));
      row.appendChild(th);
    });
    head.appendChild(row);
    table.appendChild(head);
    var body = element("tbody");
    data.sections.forEach(function (section) {
      var shared = sharedKeys(chosen, section.id);
      if (shared.length) {
        var sharedRow = element("tr");
        var th = element("th", section.label + " — " + data.labels.shared);
        th.scope = "row";
        sharedRow.appendChild(th);
        var td = element("td");
        td.colSpan = chosen.length;
        var items = chosen[0].sections[section.id].filter(function (i) { return shared.indexOf(i.key) >= 0; });
        td.appendChild(list(items, function (item) {
          return chosen.map(function (role) { return noteOf(role, section.id, item.key); });
        }));
        sharedRow.appendChild(td);
        body.appendChild(sharedRow);
      }
      var own = element("tr");
      var label = element("th", shared.length ? section.label + " — " + data.labels.specific : section.label);
      label.scope = "row";
      own.appendChild(label);
      chosen.forEach(function (role) {
        var cell = element("td");
        var items = role.sections[section.id].filter(function (i) { return i.key === null || shared.indexOf(i.key) < 0; });
        cell.appendChild(list(items, function (item) { return [item.note]; }));
        own.appendChild(cell);
      });
      body.appendChild(own);
    });
    table.appendChild(body);
    wrapper.appendChild(table);
    target.appendChild(wrapper);
    target.appendChild(overlaps(data, chosen));
  }

  function sharedKeys(chosen, section) {
    var keys = chosen[0].sections[section].map(function (i) { return i.key; }).filter(function (k) { return k !== null; });
    return keys.filter(function (key) {
      return chosen.every(function (role) {
        return role.sections[section].some(function (i) { return i.key === key; });
      });
    });
  }

  function overlaps(data, chosen) {
    var box = element("div", null, "rolegen-overlaps");
    box.appendChild(element("h2", data.labels.overlap));
    var ul = element("ul");
    for (var i = 0; i < chosen.length; i++) {
      for (var j = i + 1; j < chosen.length; j++) {
        var a = chosen[i], b = chosen[j];
        var value = data.overlap[a.id < b.id ? a.id + "|" + b.id : b.id + "|" + a.id];
        var shown = value === undefined ? data.labels.not_computed : Math.round(value * 100) + " %";
        ul.appendChild(element("li", a.title + " / " + b.title + data.labels.colon + shown));
      }
    }
    box.appendChild(ul);
    box.appendChild(element("p", data.labels.formula));
    return box;
  }

  function setUpPicker(form) {
    var target = document.getElementById("rolegen-comparison");
    var root = form.getAttribute("data-rolegen-root") || "";
    fetch(form.getAttribute("data-rolegen-picker"))
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var byId = {};
        data.roles.forEach(function (role) { byId[role.id] = role; });
        var selects = form.querySelectorAll("select");
        selects.forEach(function (select) {
          select.appendChild(new Option(data.labels.none, ""));
          data.roles.forEach(function (role) { select.appendChild(new Option(role.title, role.id)); });
        });
        var wanted = decodeURIComponent(location.hash.slice(1)).split(",");
        selects.forEach(function (select, i) { if (byId[wanted[i]]) select.value = wanted[i]; });
        function update() {
          var ids = [];
          selects.forEach(function (select) { if (select.value && ids.indexOf(select.value) < 0) ids.push(select.value); });
          render(data, ids.map(function (id) { return byId[id]; }), target, root);
          if (ids.length) history.replaceState(null, "", "#" + ids.join(","));
        }
        selects.forEach(function (select) { select.addEventListener("change", update); });
        update();
      });
  }

  /* The theme's search box is a dialog without a name; screen readers need one. */
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    var input = document.querySelector("input.md-search__input");
    if (dialog && !dialog.hasAttribute("aria-label") && input) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
    }
  }

  function start() {
    fixLanguageLinks();
    nameSearchDialog();
    var form = document.querySelector("form[data-rolegen-picker]");
    if (form) setUpPicker(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
