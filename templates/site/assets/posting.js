/* The posting pipeline of `rolegen posting --opening FILE`, in the browser, for the posting studio.
 *
 * One source of truth: the Markdown comes from the project's own templates (opening.LANG.md.j2 and
 * page.html.j2, read by nunjucks, which reads Jinja's syntax), with the project's words and the parts
 * of the context that depend only on the role and the level, all exported by the build
 * (src/rolegen/postings/studio.py -> assets/rolegen/studio.json). What this file does is what the
 * Python pipeline does around the templates, step for step:
 *   the opening merged with its company profile      src/rolegen/postings/merge.py
 *   the template's context                            src/rolegen/postings/context.py
 *   Markdown escaping of every value                  src/rolegen/textutil.py md_escape
 *   Markdown to HTML (the subset the templates write) Python-Markdown
 *   the paragraphs, the plain text                    src/rolegen/postings/word.py, text.py
 *   the JobPosting                                    src/rolegen/postings/jsonld.py
 *   the Word document                                 src/rolegen/postings/word.py
 *   the opening's YAML file                           src/rolegen/postings/model.py
 * A browser test fills the studio and compares every file with the command line's, byte for byte. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("nunjucks"));
  else root.RolegenPosting = factory(root.nunjucks);
})(typeof self !== "undefined" ? self : this, function (nunjucks) {
  "use strict";

  /* ---- text helpers (textutil.py) ---- */
  var WS = "\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPACES = new RegExp("[" + WS + "]+", "g");
  var LEAD_WS = new RegExp("^[" + WS + "]+"), TRAIL_WS = new RegExp("[" + WS + "]+$");
  function strip(s) { return s.replace(LEAD_WS, "").replace(TRAIL_WS, ""); }
  function clean(s) { return strip(String(s).replace(SPACES, " ")); }
  function splitWords(s) { return strip(s).split(SPACES).filter(function (w) { return w !== ""; }); }
  function cpLen(s) { var n = 0; for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c < 0xD800 || c > 0xDBFF) n++; } return n; }

  function fold(text) {
    var plain = String(text).toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
    return plain.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[^0-9a-z]+/g, " ").trim();
  }

  var MD_INLINE = /([\\`*_{}\[\]#])/g;
  var MD_ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
  var LINE_BREAKS = /[ \t]*[\r\n\v\f\u2028\u2029]+[ \t]*/g;
  var MD_LEADING = /^([>+-])|^(\d+)([.)])/;
  function mdEscape(text) {
    var s = String(text).replace(LINE_BREAKS, " ").replace(MD_ENTITY, "&amp;").replace(/</g, "&lt;");
    s = s.replace(MD_INLINE, "\\$1");
    return s.replace(MD_LEADING, function (m, a, digits, mark) { return a ? "\\" + a : digits + "\\" + mark; });
  }
  function keepWithPrevious(text) {
    return text.replace(/ ([:;!?»%])/g, "\u00a0$1").replace(/(«) /g, "$1\u00a0");
  }
  function htmlEscape(s) {  /* markupsafe.escape */
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&#34;").replace(/'/g, "&#39;");
  }

  /* ---- words (words.py) ---- */
  function Words(data) { this.w = data.words; this.placeholders = data.placeholders; }
  Words.prototype.pick = function (pair, lang) { return pair[lang]; };
  Words.prototype.country = function (code, lang) { return this.w.countries[code] ? this.w.countries[code][lang] : code; };
  Words.prototype.date = function (iso, lang) {
    var p = iso.split("-"), year = Number(p[0]), month = Number(p[1]), day = Number(p[2]);
    var first = lang === "fr" && day === 1 ? "1er" : String(day);
    return first + " " + this.w.months[lang][month - 1] + " " + year;
  };
  function group(digits, sep) {
    var out = "";
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
      out += digits[i];
    }
    return out;
  }
  Words.prototype.amount = function (value, currency, lang) {  /* words.amount, on Babel's data */
    var money = this.w.money[lang];
    var whole = value === Math.trunc(value);
    var parts = (whole ? value.toFixed(0) : value.toFixed(2)).split(".");
    var text = group(parts[0], money.group) + (parts[1] ? money.decimal + parts[1] : "");
    var symbol = money.symbols[currency] || currency;
    var prefix = money.prefix.replace("¤", symbol), suffix = money.suffix.replace("¤", symbol);
    if (prefix && /\p{L}/u.test(prefix.slice(-1))) prefix += "\u00a0";
    if (suffix && /\p{L}/u.test(suffix.charAt(0))) suffix = "\u00a0" + suffix;
    return prefix + text + suffix;
  };
  Words.prototype.pay = function (low, high, currency, period, gross, lang) {
    var figure = this.amount(low, currency, lang);
    if (low !== high) figure += (lang === "fr" ? " à " : " to ") + this.amount(high, currency, lang);
    return figure + " " + (gross ? this.w.periods : this.w.net_periods)[period][lang];
  };
  Words.prototype.language = function (code, lang) { return this.w.languages[code] ? this.w.languages[code][lang] : code; };

  /* ---- the opening merged with its profile (merge.py) ---- */
  function placeOfWork(profile, opening) {
    var remote = opening.remote || profile.remote;
    if (remote === "full-remote") return [];
    if (opening.location && typeof opening.location === "object") return [opening.location];
    if (typeof opening.location === "string") {
      var want = fold(opening.location);
      return profile.locations.filter(function (p) { return fold(p.city) === want; }).slice(0, 1);
    }
    return profile.locations.slice();
  }
  function mergedCompany(profile, opening) {
    var merged = Object.assign({}, profile);
    merged.locations = placeOfWork(profile, opening);
    merged.remote = opening.remote || profile.remote;
    merged.remote_countries = (opening.remote_countries && opening.remote_countries.length) ? opening.remote_countries : (profile.remote_countries || []);
    merged.contract = opening.contract || profile.contract;
    merged.hours = opening.hours || profile.hours || "full-time";
    merged.salary = { min: opening.salary.min, max: opening.salary.max, currency: opening.salary.currency, period: opening.salary.period };
    merged.apply = opening.apply || profile.apply;
    merged.date_posted = opening.date_posted;
    merged.valid_through = opening.valid_through;
    merged.identifier = opening.reference;
    return merged;
  }

  /* ---- the context (context.py) ---- */
  function location(words, loc, lang) {
    var city = [loc.postal_code || "", loc.city].filter(Boolean).map(clean).join(" ");
    var parts = [loc.street ? clean(loc.street) : "", city, loc.region ? clean(loc.region) : "", words.country(loc.country, lang)];
    return parts.filter(Boolean).join(", ");
  }
  function remoteText(words, company, lang) {
    var text = words.w.remote[company.remote][lang];
    if (company.remote !== "full-remote") return text;
    var names = (company.remote_countries || []).map(function (c) { return words.country(c, lang); }).join(", ");
    return lang === "fr" ? text + " (candidatures depuis : " + names + ")" : text + " (open to applicants living in: " + names + ")";
  }
  function textOf(value, lang) { return typeof value === "string" ? value : value[lang]; }
  function person(data, value, lang, vocabulary) {
    if (value === null || value === undefined || value === "") return "";
    if (typeof value !== "string") return clean(value[lang]);
    if (data.role_titles[value]) return clean(data.role_titles[value][lang]);
    if (vocabulary && vocabulary[value]) return clean(vocabulary[value][lang]);
    return clean(value);
  }
  function missions(role, level, opening, lang) {
    var drop = (opening.missions && opening.missions.drop) || [];
    var indexes = new Set(drop.filter(function (d) { return typeof d === "number"; }));
    var texts = new Set(drop.filter(function (d) { return typeof d === "string"; }).map(fold));
    var kept = role.responsibilities.filter(function (t, i) { return !indexes.has(i) && !texts.has(fold(t.fr)) && !texts.has(fold(t.en)); });
    var added = (opening.missions && opening.missions.add) || [];
    return kept.concat(level.adds, added).map(function (t) { return clean(t[lang]); });
  }

  function Vacancy(data, opening) {
    this.opening = opening;
    this.role = data.roles.filter(function (r) { return r.id === opening.role; })[0];
    if (!this.role) throw new Error("unknown role " + opening.role);
    this.level = this.role.levels.filter(function (l) { return l.id === opening.seniority; })[0];
    if (!this.level) throw new Error("the role " + opening.role + " has no level " + opening.seniority);
    this.profile = opening.company && typeof opening.company === "object" ? opening.company : data.company;
    this.company = mergedCompany(this.profile, opening);
  }

  function context(data, words, vacancy, lang) {
    var opening = vacancy.opening, company = vacancy.company, role = vacancy.role, level = vacancy.level;
    var teams = {};
    data.teams.forEach(function (t) { teams[t.id] = t.label; });
    var pay = opening.salary;
    var start = "";
    if (opening.start) start = opening.start === "asap" ? words.w.asap[lang] : words.date(opening.start, lang);
    var ctx = Object.assign({ lang: lang, title: opening.title ? clean(opening.title[lang]) : role.title[lang] },
                            role.context[lang]);
    Object.assign(ctx, {
      placeholders: false,
      company: { name: clean(company.name), about: clean(company.about[lang]), website: company.website || null },
      locations: company.locations.map(function (l) { return location(words, l, lang); }),
      remote: remoteText(words, company, lang),
      contract: words.w.contracts[company.contract][lang] + ", " + words.w.hours[company.hours][lang],
      benefits: (company.benefits || []).map(function (b) { return clean(b[lang]); }),
      process: (company.process || []).map(function (s) { return clean(s[lang]); }),
      apply: { url: company.apply.url || null, email: company.apply.email || null, direct: !!company.apply.direct, text: "" },
      date_posted: words.date(company.date_posted, lang),
      valid_through: company.valid_through ? words.date(company.valid_through, lang) : "",
      identifier: company.identifier || "",
      salary: words.pay(pay.min, pay.max, pay.currency, pay.period, pay.gross, lang),
      variable: pay.variable ? clean(pay.variable[lang]) : "",
      reference: opening.reference,
      start: start,
      level: level[lang].level,
      level_profile: level[lang].level_profile,
      team: person(data, opening.team, lang, teams),
      manager: person(data, opening.manager, lang, null),
      missions: missions(role, level, opening, lang),
      tools: (opening.tools || []).map(clean),
      languages: (opening.languages || []).map(function (need) {
        return { name: words.language(need.language, lang), level: need.level, why: clean(need.why[lang]) };
      }),
      education: opening.education ? words.w.education[opening.education][lang] : "",
      essential_skills: level[lang].essential_skills,
      optional_skills: level[lang].optional_skills
    });
    return ctx;
  }

  /* ---- templates (env.py): nunjucks reads the Jinja templates; every printed value is escaped for Markdown ---- */
  function Templates(data) {
    var md = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true });
    md.addFilter("link", function (target) {
      if (!target || /[<> \n"']/.test(target)) throw new Error("not a link target: " + target);
      return new nunjucks.runtime.SafeString("<" + target + ">");
    });
    md.addFilter("join", function (items, sep) { return items === "" ? "" : items.join(sep || ""); });
    var html = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true });
    this.md = {}; this.page = null;
    var self = this;
    ["fr", "en"].forEach(function (lang) {
      self.md[lang] = nunjucks.compile(data.templates["opening." + lang + ".md.j2"], md);
    });
    this.page = nunjucks.compile(data.templates["page.html.j2"], html);
  }
  function withEscape(escape, render) {
    var saved = nunjucks.lib.escape;
    nunjucks.lib.escape = escape;
    try { return render(); } finally { nunjucks.lib.escape = saved; }
  }
  /* Jinja reads an empty list as false, JavaScript as true: the context gives nunjucks "" for [] */
  function jinjaTruth(value) {
    if (Array.isArray(value)) return value.length ? value.map(jinjaTruth) : "";
    if (value && typeof value === "object" && !(value instanceof nunjucks.runtime.SafeString)) {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = jinjaTruth(value[k]); });
      return out;
    }
    return value;
  }
  Templates.prototype.markdown = function (lang, ctx) {
    var t = this.md[lang];
    return withEscape(mdEscape, function () { return t.render(jinjaTruth(ctx)); });
  };
  Templates.prototype.html = function (ctx) {
    var t = this.page;
    return withEscape(htmlEscape, function () { return t.render(ctx); });
  };

  /* ---- Markdown to HTML: what Python-Markdown writes for the blocks and inlines the templates use ---- */
  var ESCAPED = "\\`*_{}[]()>#+-.!";
  var AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]*:\/\/[^<>]*)>/;
  var AUTOMAIL = /^<([^<> !]+@[^@<> ]+)>/;
  var ENTITY = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);/;
  var AMP = /&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)/gi;
  var NAMED = { 34: "quot", 38: "amp", 60: "lt", 62: "gt" };
  function cdata(s) { return s.replace(AMP, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function attr(s) { return cdata(s).replace(/"/g, "&quot;"); }
  function unescapeMd(s) { return s.replace(/\\(.)/g, function (m, c) { return ESCAPED.indexOf(c) >= 0 ? c : m; }); }
  function inline(text) {
    var out = "", i = 0, plain = "";
    function flush() { out += cdata(plain); plain = ""; }
    while (i < text.length) {
      var ch = text[i], rest, m;
      if (ch === "\\" && i + 1 < text.length && ESCAPED.indexOf(text[i + 1]) >= 0) {
        flush(); out += cdata(text[i + 1]); i += 2; continue;
      }
      if (ch === "<") {
        rest = text.slice(i);
        if ((m = AUTOLINK.exec(rest))) {
          flush();
          var url = unescapeMd(m[1]);
          out += '<a href="' + attr(url) + '">' + cdata(url) + "</a>"; i += m[0].length; continue;
        }
        if ((m = AUTOMAIL.exec(rest))) {
          flush();
          var email = unescapeMd(m[1]).replace(/^mailto:/, "");
          var shown = Array.from(email).map(function (c) { var n = c.codePointAt(0); return NAMED[n] ? "&" + NAMED[n] + ";" : "&#" + n + ";"; }).join("");
          var href = Array.from("mailto:" + email).map(function (c) { return "&#" + c.codePointAt(0) + ";"; }).join("");
          out += '<a href="' + href + '">' + shown + "</a>"; i += m[0].length; continue;
        }
      }
      if (ch === "&" && (m = ENTITY.exec(text.slice(i)))) { flush(); out += m[0]; i += m[0].length; continue; }
      if (ch === "*" && text[i + 1] === "*") {
        var end = text.indexOf("**", i + 2);
        while (end > 0 && text[end - 1] === "\\") end = text.indexOf("**", end + 1);
        if (end > i + 2) { flush(); out += "<strong>" + inline(text.slice(i + 2, end)) + "</strong>"; i = end + 2; continue; }
      }
      plain += ch; i++;
    }
    flush();
    return out;
  }
  var UL = /^ {0,3}[*+-] +(.*)$/, OL = /^ {0,3}(\d+)\. +(.*)$/, HEAD = /^(#{1,6})((?:\\.|[^\\])*?)#*$/;
  function markdownToHtml(md) {
    var blocks = md.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/), out = [];
    blocks.forEach(function (block) {
      var lines = block.split("\n").filter(function (l) { return l.trim() !== ""; });
      var para = [];
      function endPara() { if (para.length) { out.push("<p>" + inline(para.join("\n").trim()) + "</p>"); para = []; } }
      for (var k = 0; k < lines.length; k++) {
        var line = lines[k], m;
        if ((m = HEAD.exec(line))) {
          endPara();
          var level = m[1].length;
          out.push("<h" + level + ">" + inline(m[2].trim()) + "</h" + level + ">");
          continue;
        }
        var ul = UL.exec(line), ol = OL.exec(line);
        if ((ul || ol) && para.length === 0) {
          var tag = ul ? "ul" : "ol", items = [], first = ol ? Number(ol[1]) : 1;
          for (; k < lines.length; k++) {
            var u = UL.exec(lines[k]), o = OL.exec(lines[k]);
            var item = tag === "ul" ? u : o;
            if (item) items.push(tag === "ul" ? item[1] : item[2]);
            else items[items.length - 1] += "\n" + lines[k].trim();
          }
          out.push("<" + tag + (tag === "ol" && first !== 1 ? ' start="' + first + '"' : "") + ">\n" +
                   items.map(function (t) { return "<li>" + inline(t.trim()) + "</li>"; }).join("\n") + "\n</" + tag + ">");
          continue;
        }
        para.push(line);
      }
      endPara();
    });
    return out.join("\n");
  }

  /* ---- the paragraphs of the HTML (word.py paragraphs), its blocks, the plain text (text.py) ---- */
  var CHARREF = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
  var NAMED_CHARS = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  function decode(s) {
    return s.replace(CHARREF, function (m, dec, hex, name) {
      if (name) return NAMED_CHARS[name];
      return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
    });
  }
  var BLOCK_TAGS = { h1: 1, h2: 1, h3: 1, p: 1, li: 1 };
  function paragraphs(html) {
    var parts = [], lists = [], kind = null, runs = [], bold = 0, href = null, target = null, linkStart = 0;
    function flushRuns() {
      var rs = runs.map(function (r) { return [r[0].replace(SPACES, " "), r[1], r[2]]; });
      if (kind && strip(rs.map(function (r) { return r[0]; }).join("")) !== "") {
        rs[0] = [rs[0][0].replace(LEAD_WS, ""), rs[0][1], rs[0][2]];
        var last = rs[rs.length - 1];
        rs[rs.length - 1] = [last[0].replace(TRAIL_WS, ""), last[1], last[2]];
        parts.push([kind, rs.filter(function (r) { return r[0] !== ""; })]);
      }
      kind = null; runs = [];
    }
    var TAG = /<(\/?)([a-zA-Z0-9]+)((?:\s+[^>]*)?)>/g, pos = 0, m;
    function data(text) { if (kind !== null && text) runs.push([decode(text), bold > 0, target]); }
    while ((m = TAG.exec(html))) {
      data(html.slice(pos, m.index));
      pos = TAG.lastIndex;
      var closing = m[1] === "/", tag = m[2].toLowerCase();
      if (!closing) {
        if (tag === "ul" || tag === "ol") lists.push(tag);
        else if (BLOCK_TAGS[tag]) { flushRuns(); kind = tag === "li" && lists.length ? lists[lists.length - 1] : tag; }
        else if (tag === "strong" || tag === "b") bold++;
        else if (tag === "a") {
          var h = /href="([^"]*)"/.exec(m[3]);
          target = decode(h ? h[1] : "");
          href = target.replace(/^mailto:/, "");
          linkStart = runs.length;
        }
      } else {
        if ((tag === "ul" || tag === "ol") && lists.length) lists.pop();
        else if (BLOCK_TAGS[tag]) flushRuns();
        else if (tag === "strong" || tag === "b") bold--;
        else if (tag === "a" && href !== null) {
          var shown = runs.slice(linkStart).map(function (r) { return r[0]; }).join("");
          if (shown !== href) runs.push([" (" + href + ")", bold > 0, null]);
          href = null; target = null;
        }
      }
    }
    data(html.slice(pos));
    return parts;
  }
  function blocks(parts) {
    return parts.map(function (p) {
      var kind = p[0] === "ul" || p[0] === "ol" ? "li" : p[0];
      return [kind, splitWords(p[1].map(function (r) { return r[0]; }).join("")).join(" ")];
    });
  }
  /* textwrap.fill(text, width, initial_indent, subsequent_indent, break_long_words=False, break_on_hyphens=False) */
  function fill(text, width, first, rest) {
    first = first || ""; rest = rest || "";
    var chunks = text.replace(/[\t\n\v\f\r]/g, " ").split(/([\t\n\v\f\r ]+)/).filter(function (c) { return c !== ""; });
    chunks.reverse();
    var lines = [];
    while (chunks.length) {
      var line = [], len = 0, indent = lines.length ? rest : first, w = width - cpLen(indent);
      if (strip(chunks[chunks.length - 1]) === "" && lines.length) chunks.pop();
      while (chunks.length) {
        var l = cpLen(chunks[chunks.length - 1]);
        if (len + l <= w) { line.push(chunks.pop()); len += l; } else break;
      }
      if (chunks.length && cpLen(chunks[chunks.length - 1]) > w && line.length === 0) line.push(chunks.pop());
      if (line.length && strip(line[line.length - 1]) === "") line.pop();
      if (line.length) lines.push(indent + line.join(""));
    }
    return lines.join("\n");
  }
  function plainText(parts, lang, width) {
    width = width || 72;
    var out = [], previous = null;
    parts.forEach(function (p) {
      var kind = p[0], text = lang === "fr" ? keepWithPrevious(p[1]) : p[1];
      if (kind[0] === "h") out.push("", fill(text, width), (kind === "h1" ? "=" : "-").repeat(Math.min(cpLen(text), width)));
      else if (kind === "li") { if (previous !== "li") out.push(""); out.push(fill(text, width, "- ", "  ")); }
      else out.push("", fill(text, width));
      previous = kind;
    });
    return out.join("\n").replace(/^\n+|\n+$/g, "") + "\n";
  }

  /* ---- the JobPosting (jsonld.py) ---- */
  var HOURS = { "full-time": "FULL_TIME", "part-time": "PART_TIME" };
  var UNITS = { hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };
  function employmentType(words, company) {
    var types = words.w.employment_types[company.contract];
    if (company.contract === "stage" || company.contract === "freelance") return types.slice();
    return [HOURS[company.hours]].concat(types);
  }
  function offset(iso, timeZone) {
    var p = iso.split("-").map(Number);
    var guess = Date.UTC(p[0], p[1] - 1, p[2], 23, 59, 59);
    var parts = new Intl.DateTimeFormat("en-US", { timeZone: timeZone, hourCycle: "h23", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(guess));
    var get = function (t) { return Number(parts.filter(function (x) { return x.type === t; })[0].value); };
    /* the zone's wall clock at `guess`, minus `guess`: the offset there; read again at the local moment itself */
    var minutes = Math.round((Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - guess) / 60000);
    var local = guess - minutes * 60000;
    parts = new Intl.DateTimeFormat("en-US", { timeZone: timeZone, hourCycle: "h23", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(local));
    minutes = Math.round((Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - local) / 60000);
    var sign = minutes < 0 ? "-" : "+", abs = Math.abs(minutes);
    return sign + String(Math.floor(abs / 60)).padStart(2, "0") + ":" + String(abs % 60).padStart(2, "0");
  }
  function organization(company) {
    var org = { "@type": "Organization", name: company.name };
    if (company.website) org.sameAs = company.website;
    if (company.logo) org.logo = company.logo;
    return org;
  }
  function place(loc) {
    var address = { "@type": "PostalAddress", addressLocality: loc.city, addressCountry: loc.country };
    if (loc.street) address.streetAddress = loc.street;
    if (loc.postal_code) address.postalCode = loc.postal_code;
    if (loc.region) address.addressRegion = loc.region;
    return { "@type": "Place", address: address };
  }
  function jobPosting(words, vacancy, title, description, ctx) {
    var company = vacancy.company, opening = vacancy.opening;
    var data = {
      "@context": "https://schema.org/", "@type": "JobPosting", title: title, description: description,
      datePosted: company.date_posted, hiringOrganization: organization(company), employmentType: employmentType(words, company)
    };
    if (company.locations.length) data.jobLocation = company.locations.map(place);
    if (company.remote === "full-remote") {
      data.jobLocationType = "TELECOMMUTE";
      data.applicantLocationRequirements = company.remote_countries.map(function (c) { return { "@type": "Country", name: c }; });
    }
    var pay = company.salary, value = { "@type": "QuantitativeValue", unitText: UNITS[pay.period] };
    if (pay.min === pay.max) value.value = pay.min; else { value.minValue = pay.min; value.maxValue = pay.max; }
    data.baseSalary = { "@type": "MonetaryAmount", currency: pay.currency, value: value };
    data.identifier = { "@type": "PropertyValue", name: company.name, value: company.identifier };
    data.validThrough = opening.valid_through + "T23:59:59" + offset(opening.valid_through, company.time_zone || "Europe/Paris");
    data.experienceRequirements = { "@type": "OccupationalExperienceRequirements", monthsOfExperience: vacancy.level.months };
    data.skills = ctx.essential_skills.concat(ctx.optional_skills);
    data.responsibilities = ctx.missions;
    if (company.apply.direct) data.directApply = true;
    if (opening.start && opening.start !== "asap") data.jobStartDate = opening.start;
    if (opening.education) data.educationRequirements = { "@type": "EducationalOccupationalCredential", credentialCategory: opening.education };
    var categories = vacancy.role.occupational_category;
    if (categories.length) data.occupationalCategory = categories.length > 1 ? categories : categories[0];
    return data;
  }
  function sorted(value) {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).sort().forEach(function (k) { out[k] = sorted(value[k]); });
      return out;
    }
    return value;
  }
  function dumps(data) {  /* jsonld.dumps: sorted keys, indented, safe in a <script> element */
    return JSON.stringify(sorted(data), null, 2).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  }

  /* ---- the whole posting in one language ---- */
  function Pipeline(data) {
    this.data = data;
    this.words = new Words(data);
    this.templates = new Templates(data);
  }
  Pipeline.prototype.render = function (opening, lang) {
    var vacancy = new Vacancy(this.data, opening);
    var ctx = context(this.data, this.words, vacancy, lang);
    var md = this.templates.markdown(lang, ctx);
    var fragment = markdownToHtml(md);
    var parts = paragraphs(fragment);
    var cut = fragment.indexOf("</h1>");
    var description = cut >= 0 ? strip(fragment.slice(cut + 5)) : fragment;
    var data = jobPosting(this.words, vacancy, ctx.title, description, ctx);
    var self = this;
    return {
      lang: lang, title: ctx.title, context: ctx, vacancy: vacancy, markdown: md, fragment: fragment, paragraphs: parts,
      jsonld: data,
      output: function (fmt) {
        if (fmt === "md") return md;
        if (fmt === "txt") return plainText(blocks(parts), lang);
        if (fmt === "jsonld") return dumps(data) + "\n";
        if (fmt === "html") {
          return self.templates.html({ lang: lang, title: ctx.title, company_name: data.hiringOrganization.name,
            body: new nunjucks.runtime.SafeString(fragment), jsonld: new nunjucks.runtime.SafeString(dumps(data)) });
        }
        throw new Error("unknown format " + fmt);
      }
    };
  };

  return { Pipeline: Pipeline, mdEscape: mdEscape, markdownToHtml: markdownToHtml, paragraphs: paragraphs,
           blocks: blocks, plainText: plainText, fill: fill, fold: fold, clean: clean, keepWithPrevious: keepWithPrevious,
           dumps: dumps, offset: offset, Words: Words };
});
