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

  /* The chosen roles side by side: a heading per section, what all of them
   * share first (marked), then a column per role with what is specific to it.
   * On a phone the columns stack, the shared items still first. */
  function render(data, chosen, target, root) {
    target.textContent = "";
    if (chosen.length < 2) {
      target.appendChild(element("p", data.labels.choose_two));
      return;
    }
    var wrapper = element("div", null, "rolegen-side-by-side");
    var titles = element("div", null, "rolegen-columns rolegen-titles");
    titles.style.setProperty("--rolegen-columns", chosen.length);
    chosen.forEach(function (role) {
      var h = element("p", null, "rolegen-column-title");
      h.appendChild(link(role.title, root + role.url));
      titles.appendChild(h);
    });
    wrapper.appendChild(titles);
    wrapper.appendChild(distinctions(data, chosen));
    data.sections.forEach(function (section) {
      wrapper.appendChild(element("h2", section.label));
      var shared = sharedKeys(chosen, section.id);
      if (shared.length) {
        var box = element("div", null, "rolegen-shared");
        var title = element("h3");
        title.appendChild(element("span", data.labels.shared, "rolegen-badge"));
        title.appendChild(document.createTextNode(" " + data.labels.shared_all));
        box.appendChild(title);
        var items = chosen[0].sections[section.id].filter(function (i) { return shared.indexOf(i.key) >= 0; });
        box.appendChild(list(items, function (item) {
          return chosen.map(function (role) { return noteOf(role, section.id, item.key); });
        }));
        wrapper.appendChild(box);
      }
      var columns = element("div", null, "rolegen-columns");
      columns.style.setProperty("--rolegen-columns", chosen.length);
      chosen.forEach(function (role) {
        var column = element("section", null, "rolegen-column");
        column.appendChild(element("h3", (shared.length ? data.labels.only_in + " " : "") + role.title));
        var items = role.sections[section.id].filter(function (i) { return i.key === null || shared.indexOf(i.key) < 0; });
        if (items.length) column.appendChild(list(items, function (item) { return [item.note]; }));
        else column.appendChild(element("p", "—"));
        columns.appendChild(column);
      });
      wrapper.appendChild(columns);
    });
    target.appendChild(wrapper);
    target.appendChild(overlaps(data, chosen));
  }

  /* Before the lists, what sets each pair apart, in the roles' own words (not_to_confuse_with, both ways). */
  function distinctions(data, chosen) {
    var box = element("div", null, "rolegen-distinctions");
    box.appendChild(element("h2", data.labels.in_short));
    var ul = element("ul");
    for (var i = 0; i < chosen.length; i++) {
      for (var j = i + 1; j < chosen.length; j++) {
        var a = chosen[i], b = chosen[j];
        var li = element("li");
        li.appendChild(element("strong", a.title + " / " + b.title));
        // one sentence: the first role's own words on the second, else the second's on the first
        var said = a.distinctions[b.id] || b.distinctions[a.id] || data.labels.no_distinction;
        li.appendChild(document.createTextNode(data.labels.colon + said));
        ul.appendChild(li);
      }
    }
    box.appendChild(ul);
    return box;
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
        function fromAddress() {
          var wanted = decodeURIComponent(location.hash.slice(1)).split(",");
          selects.forEach(function (select, i) { select.value = byId[wanted[i]] ? wanted[i] : ""; });
        }
        fromAddress();
        function update() {
          var ids = [];
          selects.forEach(function (select) { if (select.value && ids.indexOf(select.value) < 0) ids.push(select.value); });
          render(data, ids.map(function (id) { return byId[id]; }), target, root);
          if (ids.length) history.replaceState(null, "", "#" + ids.join(","));
        }
        selects.forEach(function (select) { select.addEventListener("change", update); });
        window.addEventListener("hashchange", function () { fromAddress(); update(); });
        update();
      });
  }

  /* The role finder: the same matching as `rolegen search` (folded text,
   * word starts, plural query words also as singular, each word scored by the
   * best kind of field it matched, a bonus for a role name found in the query
   * in order; contract, gender, small and seniority words dropped, words no
   * role uses ignored, the closest roles suggested when none matches). The word
   * lists come from the index (data.words), the same as the command's. */
  function fold(text) {
    return String(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[^0-9a-z]+/g, " ").trim();
  }

  function forms(word) {
    if (word.length > 3 && /aux$/.test(word)) return [word, word.slice(0, -1), word.slice(0, -2) + "l"];
    if (word.length > 3 && /[sx]$/.test(word)) return [word, word.slice(0, -1)];
    return [word];
  }

  function stem(word) {
    if (word.length > 3 && /aux$/.test(word)) word = word.slice(0, -2) + "l";
    else if (word.length > 3 && /[sx]$/.test(word)) word = word.slice(0, -1);
    while (word.length > 3 && /e$/.test(word)) word = word.slice(0, -1);
    return word;
  }

  function significant(words, lists) {
    return words.filter(function (w) {
      return lists.noise.indexOf(w) < 0 && lists.stop.indexOf(w) < 0 && !lists.levels.hasOwnProperty(w) &&
        !/^[0-9]+$/.test(w);
    });
  }

  function inOrder(name, query) {
    var at = 0;
    return name.every(function (word) {
      while (at < query.length && query[at] !== word) at++;
      if (at === query.length) return false;
      at++;
      return true;
    });
  }

  function distance(a, b) {
    var previous = [], i, j;
    for (j = 0; j <= b.length; j++) previous.push(j);
    for (i = 1; i <= a.length; i++) {
      var current = [i];
      for (j = 1; j <= b.length; j++) {
        current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] !== b[j - 1] ? 1 : 0)));
      }
      previous = current;
    }
    return previous[b.length];
  }

  function close(a, b) {
    if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
    return distance(a, b) <= (Math.min(a.length, b.length) >= 7 ? 2 : 1);
  }

  function scoreRole(role, words, data) {
    var lists = data.words, weights = data.weights, best = {}, places = [], seen = {}, bonus = 0, named = null;
    var stems = words.map(stem);
    words.forEach(function (w) { best[w] = 0; });
    role.fields.forEach(function (field) {
      var tokens = field[2].split(" ").filter(function (t) { return t; });
      var found = words.filter(function (w) {
        return forms(w).some(function (f) { return tokens.some(function (t) { return t.indexOf(f) === 0; }); });
      });
      found.forEach(function (w) { best[w] = Math.max(best[w], weights[field[0]]); });
      var key = field[0] + "|" + field[1];
      if (found.length && !seen[key]) { seen[key] = true; places.push(field); }
      if (lists.names.indexOf(field[0]) >= 0) {
        var name = significant(tokens, lists);
        if (name.length && inOrder(name.map(stem), stems) && lists.name_bonus * name.length > bonus) {
          bonus = lists.name_bonus * name.length;
          named = key;
        }
      }
    });
    var first = places.filter(function (field) { return field[0] + "|" + field[1] === named; });
    if (first.length) places = first.concat(places.filter(function (field) { return field !== first[0]; }));
    return { role: role, best: best, bonus: bonus, places: places };
  }

  function ranked(hits) {
    return hits.sort(function (a, b) {
      return b.score - a.score || b.places.length - a.places.length || (a.role.id < b.role.id ? -1 : 1);
    });
  }

  function fuzzy(roles, words, data) {
    var hits = [];
    roles.forEach(function (role) {
      var score = 0, places = [];
      role.fields.forEach(function (field) {
        if (data.words.names.indexOf(field[0]) < 0) return;
        var tokens = significant(field[2].split(" ").filter(function (t) { return t; }), data.words);
        var near = words.filter(function (w) { return tokens.some(function (t) { return close(w, t); }); }).length;
        if (!near) return;
        places.push(field);
        score = Math.max(score, near * data.weights[field[0]]);
      });
      if (score) hits.push({ role: role, score: score, places: places });
    });
    return hits;
  }

  /* What a query finds among the roles ``keep`` lets through: {hits, exact, ignored, level}. */
  function rank(data, query, keep) {
    var lists = data.words;
    var folded = fold(query).split(" ").filter(function (w) { return w; });
    if (!folded.length) return { hits: [], exact: true, ignored: [], level: null };
    var level = null;
    folded.some(function (w) { if (lists.levels.hasOwnProperty(w)) { level = lists.levels[w]; return true; } return false; });
    var kept = significant(folded, lists);
    var words = (kept.length ? kept : folded).filter(function (w, i, all) { return all.indexOf(w) === i; });
    var scored = data.roles.map(function (role) { return scoreRole(role, words, data); });
    var known = words.filter(function (w) { return scored.some(function (s) { return s.best[w] > 0; }); });
    var ignored = words.filter(function (w) { return known.indexOf(w) < 0; });
    var allowed = scored.filter(function (s) { return !keep || keep(s.role); });
    function hit(s) {
      s.places.sort(function (a, b) { return data.weights[b[0]] - data.weights[a[0]]; });
      var score = known.reduce(function (sum, w) { return sum + s.best[w]; }, s.bonus);
      return { role: s.role, score: score, places: s.places };
    }
    var exact = allowed.filter(function (s) {
      return s.bonus || (known.length && known.every(function (w) { return s.best[w] > 0; }));
    }).map(hit);
    if (exact.length) return { hits: ranked(exact), exact: true, ignored: ignored, level: level };
    var partial = allowed.map(hit).filter(function (h) { return h.score > 0; });
    if (!partial.length) partial = fuzzy(allowed.map(function (s) { return s.role; }), words, data);
    return { hits: ranked(partial).slice(0, lists.suggestions), exact: false, ignored: ignored, level: level };
  }
  window.rolegenFinder = { rank: rank };

  function setUpFinder(form) {
    var target = document.getElementById("rolegen-results");
    var root = form.getAttribute("data-rolegen-root") || "";
    var input = form.querySelector("input[name=terms]");
    var filters = { family: form.querySelector("select[name=family]"), level: form.querySelector("select[name=level]"),
                    place: form.querySelector("select[name=place]") };
    fetch(form.getAttribute("data-rolegen-finder"))
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var choices = { family: data.families, level: data.levels, place: data.places };
        Object.keys(filters).forEach(function (name) {
          filters[name].appendChild(new Option(data.labels.all, ""));
          Object.keys(choices[name]).forEach(function (id) { filters[name].appendChild(new Option(choices[name][id], id)); });
        });
        var params = new URLSearchParams(location.search);
        input.value = params.get("terms") || "";
        Object.keys(filters).forEach(function (name) {
          if (choices[name][params.get(name)]) filters[name].value = params.get(name);
        });
        function update() {
          var words = fold(input.value).split(" ").filter(function (w) { return w; });
          var chosen = {};
          Object.keys(filters).forEach(function (name) { chosen[name] = filters[name].value; });
          function keep(role) {
            return !(chosen.family && role.family !== chosen.family) && !(chosen.level && role.level !== chosen.level) &&
              !(chosen.place && role.found_in.indexOf(chosen.place) < 0);
          }
          var found = words.length ? rank(data, input.value, keep)
            : { hits: data.roles.filter(keep).map(function (role) { return { role: role, score: 0, places: [] }; }),
                exact: true, ignored: [], level: null };
          if (!found.hits.length && words.length) {  /* never nothing: every role the filters let through, A to Z */
            found.hits = data.roles.filter(keep).map(function (role) { return { role: role, score: 0, places: [] }; })
              .sort(function (a, b) { return a.role.title.localeCompare(b.role.title, data.lang); });
            found.all = true;
          }
          showHits(data, found, words.length || chosen.family || chosen.level || chosen.place, target, root);
          var query = new URLSearchParams();
          if (input.value.trim()) query.set("terms", input.value.trim());
          Object.keys(chosen).forEach(function (name) { if (chosen[name]) query.set(name, chosen[name]); });
          var text = query.toString();
          history.replaceState(null, "", location.pathname + (text ? "?" + text : ""));
        }
        input.addEventListener("input", update);
        Object.keys(filters).forEach(function (name) { filters[name].addEventListener("change", update); });
        form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
        update();
      });
  }

  function showHits(data, found, asked, target, root) {
    var hits = found.hits;
    target.textContent = "";
    if (!asked) {
      target.appendChild(element("p", data.labels.type_to_search));
      return;
    }
    if (!hits.length) {
      target.appendChild(element("p", data.labels.no_match));
      return;
    }
    if (found.all) target.appendChild(element("p", data.labels.all_roles_suggested, "rolegen-suggest"));
    else if (!found.exact) target.appendChild(element("p", data.labels.closest_roles_suggested, "rolegen-suggest"));
    var notes = [];
    if (found.ignored.length) notes.push(data.labels.ignored_words + data.labels.colon + found.ignored.join(", "));
    if (found.level) notes.push(data.labels.level_named + data.labels.colon + data.words.level_labels[found.level]);
    if (notes.length) target.appendChild(element("p", notes.join(data.labels.separator), "rolegen-hit__meta"));
    target.appendChild(element("p", hits.length + " " + (hits.length === 1 ? data.labels.result_one : data.labels.results_count), "rolegen-count"));
    var ol = element("ol", null, "rolegen-hits");
    hits.forEach(function (hit) {
      var li = element("li");
      var title = element("strong");
      title.appendChild(link(hit.role.title, root + hit.role.url));
      li.appendChild(title);
      li.appendChild(element("span", data.families[hit.role.family] + " · " + data.levels[hit.role.level], "rolegen-hit__meta"));
      if (hit.places.length) {
        var where = hit.places.slice(0, 3).map(function (place) {
          return data.kinds[place[0]] + " " + data.labels.open + place[1] + data.labels.close;
        });
        if (hit.places.length > 3) where.push("+" + (hit.places.length - 3));
        li.appendChild(element("span", data.labels.matched_in + data.labels.colon + where.join(data.labels.separator), "rolegen-hit__where"));
      }
      ol.appendChild(li);
    });
    target.appendChild(ol);
  }

  /* The theme's search box is a dialog without a name; screen readers need one. */
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    var input = document.querySelector("input.md-search__input");
    if (dialog && !dialog.hasAttribute("aria-label") && input) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
    }
  }

  /* The colour-scheme radios of the theme's header are hidden from screen readers (aria-hidden) yet reachable
   * with Tab on a narrow screen; their labels still switch the scheme, so take them out of the tab order. */
  function hideSchemeRadios() {
    document.querySelectorAll('input.md-option[aria-hidden="true"]').forEach(function (input) {
      input.setAttribute("tabindex", "-1");
    });
  }

  function start() {
    fixLanguageLinks();
    hideSchemeRadios();
    nameSearchDialog();
    var form = document.querySelector("form[data-rolegen-picker]");
    if (form) setUpPicker(form);
    var finder = document.querySelector("form[data-rolegen-finder]");
    if (finder) setUpFinder(finder);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
