/* The guide's ad checker: the same rules and the same algorithm as `rolegen check-ad`
 * (src/rolegen/adcheck/engine.py, text.py, fold.py), run in the browser on the rules
 * the build exports (assets/rolegen/adcheck-rules.json). Nothing is sent anywhere.
 * Offsets are code points, as in Python; the folded text only holds BMP characters,
 * so its UTF-16 indices are code point indices too. */
(function () {
  "use strict";

  function Engine(data) {
    this.data = data;
    this.special = data.fold.special;
    this.spaces = new Set(Array.from(data.fold.spaces));
    this.french = new Set(data.text.french);
    this.english = new Set(data.text.english);
    this.link = new RegExp(data.text.link, "gu");
    this.marker = new RegExp(data.text.marker, "gu");
    this.join = new RegExp(data.text.join, "gu");
    this.listItem = new RegExp(data.text.listItem, "uy");
    this.joined = new RegExp(data.text.joined, "gu");
    this.sentenceBreak = new RegExp(data.text.sentenceBreak, "gu");
    this.otherLangWords = data.text.otherLangWords;
    this.excerptMax = data.text.excerptMax;
    this.places = new RegExp(data.places.source, "gu");
    this.countryOf = data.places.countryOf;
    this.eu = new Set(data.places.eu);
    this.contracts = data.contracts;
    this.applicableCache = new Map();
    this.opens = new RegExp(data.statements[0], "gu");
    this.closes = new RegExp(data.statements[1], "gu");
    this.lists = new RegExp(data.statements[2], "gu");
    this.asks = new RegExp(data.asks, "gu");
    this.criteria = new Set(data.criteria);
    this.sentenceEnd = new RegExp(data.sentenceEnd, "gu");
    this.statementEnd = new RegExp(data.statementEnd, "gu");
    this.nations = new Set(data.text.nations);
    this.nameWindow = data.text.nameWindow;
    this.notAnAge = new RegExp(data.text.notAnAge, "uy");
    this.notAnAgeAfterYears = new RegExp(data.text.notAnAgeAfterYears, "uy");
    this.notAnAgeBefore = new RegExp(data.text.notAnAgeBefore, "u");
    this.ageNamed = new RegExp(data.text.ageNamed, "uy");
    this.inner = new RegExp(data.text.inner, "gu");
    this.exceptions = data.exceptions.map(function (s) { return new RegExp(s, "gu"); });
    this.rules = data.rules.map(function (rule, order) {
      return {
        rule: rule, order: order,
        regex: { fr: rule.source.fr ? new RegExp(rule.source.fr, "gu") : null,
                 en: rule.source.en ? new RegExp(rule.source.en, "gu") : null },
        exceptions: { fr: rule.exceptions.fr, en: rule.exceptions.en },
        lines: { fr: rule.lines.fr, en: rule.lines.en },
        titles: rule.titles.map(function (s) { return new RegExp(s, "gu"); }),
        leads: rule.leads.map(function (s) { return new RegExp(s, "u"); }),
        ads: rule.ads.map(function (s) { return new RegExp(s, "gu"); })
      };
    });
    /* ruleset.py required: each required rule's distinct expressions (a rule may say the same in both languages) */
    this.required = this.rules.filter(function (c) { return c.rule.kind === "required"; }).map(function (c) {
      var regexes = [];
      if (c.regex.fr !== null) regexes.push(c.regex.fr);
      if (c.regex.en !== null && c.rule.source.en !== c.rule.source.fr) regexes.push(c.regex.en);
      return { order: c.order, regexes: regexes };
    });
    this.cache = new Map();
    /* coding.py: the gender-coding verdict's settings and expressions (rules/gender-coding.yml) */
    var g = data.gender;
    this.gender = {
      minimum: g.minimum, difference: g.difference, headingWords: g.headingWords, per100: g.per100, labelWords: g.labelWords, capsWords: g.capsWords,
      heading: new RegExp("^(?:" + g.heading + ")$", "u"), about: new RegExp("^(?:" + g.about + ")$", "u"),
      offer: new RegExp("^(?:" + g.offer + ")$", "u"), demand: new RegExp(g.demand, "gu"),
      self: new RegExp(g.self, "uy"), hire: new RegExp(g.hire, "gu"), named: new RegExp(g.named, "uy"),
      pronouns: new Set(g.pronouns), sentenceStarts: g.sentenceStarts, labels: g.labels,
      company: { labelled: new RegExp(g.company.labelled, "gu"), byline: new RegExp("^(?:" + g.company.byline + ")", "u"),
                 lines: g.company.lines, reach: g.company.reach, words: g.company.words, most: g.company.most,
                 suffix: new RegExp(g.company.suffix, "u") },
      items: {}
    };
    var items = this.gender.items;
    Object.keys(g.items).forEach(function (id) {
      items[id] = {};
      Object.keys(g.items[id]).forEach(function (lang) {
        items[id][lang] = g.items[id][lang].map(function (pair) { return [new RegExp("^(?:" + pair[0] + ")$", "u"), pair[1]]; });
      });
    });
  }

  /* A sticky regex's match at pos in s[0:end] (Python's regex.match(s, pos, end)), or null. */
  function matchAt(regex, s, pos, end) {
    regex.lastIndex = pos;
    return regex.exec(end < s.length ? s.slice(0, end) : s);
  }

  function countOf(regex, s, start, end) { return (s.slice(start, end).match(regex) || []).length; }

  var LEAD = " \t#*\u2022\u00b7>+-", TRAIL = " \t:?!.*", ITEM = /[ \t*\u2022\u00b7>+-]*(?:[0-9]+[.)] )?[ \t]*/y;

  /* coding.py: the span of a line's words, without the marks before them and the punctuation after them */
  function bounds(folded, start, end) {
    var lead = start, trail = end;
    while (lead < end && LEAD.indexOf(folded[lead]) >= 0) lead++;
    while (trail > lead && TRAIL.indexOf(folded[trail - 1]) >= 0) trail--;
    return [lead, trail];
  }

  /* coding.py is_heading */
  Engine.prototype.isHeading = function (folded, start, end, written) {
    var g = this.gender, b = bounds(folded, start, end), lead = b[0], trail = b[1];
    if (trail <= lead) return false;
    var words = countOf(/[a-z0-9]+/g, folded, lead, trail);
    if (folded.slice(start, lead).replace(/^[ \t]+/, "").charAt(0) === "#") return true;
    if (g.heading.test(folded.slice(lead, trail))) return true;
    if (/:$/.test(folded.slice(start, end).replace(/[ \t]+$/, "")) && words <= g.labelWords) return true;
    var ls = Array.from(written).filter(function (c) { return /[\p{L}\p{Nl}\p{No}]/u.test(c); });
    return words <= g.capsWords && ls.length >= 3 && !ls.some(isLower);
  };

  /* coding.py read: the spans the verdict leaves out (headings, the employer's self-description, repeated
   * sentences) and the words it counts */
  Engine.prototype.reading = function (src, title) {
    var g = this.gender, folded = src.folded, self = this, breaks = [], headings = new Set();
    var lines = /[^\n]+/g, m, longest = Math.max(g.labelWords, g.capsWords, g.headingWords);
    while ((m = lines.exec(folded)) !== null) {
      var start = m.index, end = start + m[0].length;
      if (title !== null && start <= title[0] && title[0] <= end) { breaks.push(start - 1, end); continue; }  /* the title is a line of its own */
      var spaces = 0;
      for (var k = start; k < end; k++) if (folded.charCodeAt(k) === 32) spaces++;
      if (spaces > 2 * longest && folded.slice(start, end).replace(/^[ \t]+/, "").charAt(0) !== "#") continue;
      if (this.isHeading(folded, start, end, src.cps.slice(at(src, start), at(src, end - 1) + 1).join(""))) {
        headings.add(start);
        breaks.push(start - 1, end);
      }
    }
    var joined = folded.replace(this.join, " ");
    if (breaks.length) {
      var kept = Array.from(new Set(breaks)).filter(function (b) { return b >= 0 && b < joined.length; })
        .sort(function (x, y) { return x - y; }), pieces = [], last = 0;
      kept.forEach(function (b) { pieces.push(joined.slice(last, b), "\n"); last = b + 1; });
      joined = pieces.join("") + joined.slice(last);
    }
    var starts = [], ends = [], employer = { starts: [], ends: [] }, about = false, offer = false, seen = new Set();
    function leave(a, b, spans) {
      var s = spans ? spans.starts : starts, e = spans ? spans.ends : ends;
      if (s.length && a <= e[e.length - 1]) e[e.length - 1] = Math.max(e[e.length - 1], b);
      else { s.push(a); e.push(b); }
    }
    var segs = /[^\n]+/g;
    while ((m = segs.exec(joined)) !== null) {
      var s0 = m.index, e0 = s0 + m[0].length;
      if (headings.has(s0)) {
        var b = bounds(folded, s0, e0);
        about = g.about.test(folded.slice(b[0], b[1]));
        offer = !about && g.offer.test(folded.slice(b[0], b[1]));
        leave(s0, e0);
        continue;
      }
      if (title !== null && s0 <= title[0] && title[0] <= e0) continue;  /* the title is read, and ends no section */
      var cuts = finditer(this.sentenceEnd, joined, s0, e0).map(function (x) { return x[1]; });
      var stops = !cuts.length || cuts[cuts.length - 1] < e0 ? cuts.concat([e0]) : cuts, pos = s0;
      stops.forEach(function (stop) {
        if (stop <= pos) return;
        var item = matchAt(ITEM, joined, pos, stop), from = item === null ? pos : pos + item[0].length;
        var who = about ? "about" : self.employer(joined, src, from, stop);
        if (who !== null && finditer1(g.hire, joined, pos, stop) === null) {
          leave(pos, stop);
          if (who !== "named") leave(pos, stop, employer);  /* a capitalised subject may be no employer */
        } else if (offer && finditer1(g.demand, joined, pos, stop) === null) {  /* a benefit: read, but no criterion */
          leave(pos, stop, employer);
        } else {
          offer = false;  /* a sentence that asks or seeks ends the offer (its next heading may be unseen) */
          var key = joined.slice(pos, stop).replace(/^ +| +$/g, "");
          if ((key.match(/ /g) || []).length >= 2 && seen.has(key)) leave(pos, stop);  /* already read as written */
          else seen.add(key);
        }
        pos = stop;
      });
    }
    var words = countOf(/[a-z]+/g, joined, 0, joined.length);
    for (var i = 0; i < starts.length; i++) words -= countOf(/[a-z]+/g, joined, starts[i], ends[i]);
    return { starts: starts, ends: ends, words: words, employer: employer, names: this.companySpans(src, title) };
  };

  /* coding.py company_names: the employer's name as the ad gives it (folded, without a legal form) */
  Engine.prototype.companyNames = function (src, title) {
    var c = this.gender.company, folded = src.folded, found = [], m;
    function take(a, b) {
      var words = b > a ? letters(src.cps.slice(at(src, a), at(src, b - 1) + 1).join("")) : [];
      if (!words.length || words.length > c.words) return;
      var first = Array.from(words[0])[0];
      if (!isUpper(first)) return;
      var name = folded.slice(a, b).replace(/^[ \t*•·>+\-.,;]+|[ \t*•·>+\-.,;]+$/gu, "").replace(c.suffix, "")
        .replace(/^[ \t.,;]+|[ \t.,;]+$/gu, "");
      if (Array.from(name).length >= 2 && found.indexOf(name) < 0 && found.length < c.most) found.push(name);
    }
    c.labelled.lastIndex = 0;
    while ((m = c.labelled.exec(folded)) !== null) {
      var lead = m[0].length - m[1].length;
      /* the label opens its line: only spaces and list marks before it (coding.py _LEAD) */
      if (/^[ \t#*•·>+-]*$/u.test(folded.slice(folded.lastIndexOf("\n", m.index - 1) + 1, m.index))) {
        take(m.index + lead, m.index + m[0].length);
      }
      if (found.length >= c.most) return found;
      if (m[0].length === 0) c.labelled.lastIndex++;
    }
    if (title !== null) {
      var pos = title[1], lines = 0;
      while (lines < c.lines && pos < folded.length) {
        var start = folded.indexOf("\n", pos);
        if (start < 0) break;
        var end = folded.indexOf("\n", start + 1);
        end = end < 0 ? folded.length : end;
        pos = end;
        if (!folded.slice(start + 1, end).trim()) continue;
        lines++;
        for (var i = start + 1; i < Math.min(end, start + 1 + c.reach); i++) {
          if (c.byline.test(src.cps[at(src, i)] || "")) { take(start + 1, i); break; }
        }
      }
    }
    return found;
  };

  /* coding.py company_spans: every place the ad writes the employer's name again, capitalised (folded spans, sorted,
   * merged: [start, end] pairs) */
  Engine.prototype.companySpans = function (src, title) {
    var spans = [], folded = src.folded;
    this.companyNames(src, title).forEach(function (name) {
      for (var pos = folded.indexOf(name); pos >= 0; pos = folded.indexOf(name, pos + 1)) {
        var end = pos + name.length;
        if ((pos > 0 && /[a-z0-9]/.test(folded.charAt(pos - 1))) || /[a-z0-9]/.test(folded.charAt(end))) continue;
        var first = src.cps[at(src, pos)];
        if (isUpper(first) || /[0-9]/.test(first)) spans.push([pos, end]);
      }
    });
    return mergeSpans(spans);
  };

  /* text.py merge_spans: the union of [start, end] pairs, sorted, overlapping or touching ones merged */
  function mergeSpans(pairs) {
    var merged = [];
    pairs.slice().sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; }).forEach(function (x) {
      var last = merged[merged.length - 1];
      if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
      else merged.push([x[0], x[1]]);
    });
    return merged;
  }

  function leftOut(reading, pos) {
    var lo = 0, hi = reading.starts.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (reading.starts[mid] <= pos) lo = mid + 1; else hi = mid; }
    return lo > 0 && pos < reading.ends[lo - 1];
  }

  /* coding.py _employer: whether the sentence joined[pos:stop] has the employer for subject ("self", "named" or
   * null) */
  Engine.prototype.employer = function (joined, src, pos, stop) {
    var g = this.gender;
    if (matchAt(g.self, joined, pos, stop) !== null) return "self";
    var m = matchAt(g.named, joined, pos, stop);
    if (m === null || g.pronouns.has(m[1].split(" ")[0])) return null;
    var end = pos + m[1].length, found = letters(src.cps.slice(at(src, pos), at(src, end - 2) + 1).join(""));
    return found.length > 0 && found.every(function (w) { return isUpper(Array.from(w)[0]); }) ? "named" : null;
  };

  /* coding.py titled and name_at: true (a name), null (capitalised at a sentence's start), false */
  /* text.py line_around: the part of cps[begin:stop]'s line read to tell a name (w characters each side) */
  function lineAround(cps, begin, stop, w) {
    var lo = Math.max(begin - w, 0), hi = Math.min(stop + w, cps.length), i;
    for (i = begin - 1; i >= lo; i--) if (cps[i] === "\n") { lo = i + 1; break; }
    for (i = stop; i < hi; i++) if (cps[i] === "\n") { hi = i; break; }
    return [lo, hi];
  }

  /* text.py title_case: at least half the words of cps[lo:hi] capitalised */
  function titleCase(cps, lo, hi) {
    var all = letters(cps.slice(lo, hi).join("")), caps = all.filter(function (x) { return isUpper(Array.from(x)[0]); }).length;
    return 2 * caps >= all.length;
  }

  function titledWord(word) {
    var ls = letters(word);
    if (!ls.length) return false;
    var all = Array.from(ls.join(""));
    return isUpper(all[0]) && all.slice(1).some(isLower);
  }

  Engine.prototype.nameAt = function (cps, begin, stop) {
    if (!titledWord(cps.slice(begin, stop).join(""))) return false;
    var line = lineAround(cps, begin, stop, this.nameWindow), lo = line[0], hi = line[1];
    if (titleCase(cps, lo, hi)) return false;
    var head = Array.from(cps.slice(lo, begin).join("").replace(/\s+$/u, ""));
    if (!head.length || this.gender.sentenceStarts.indexOf(head[head.length - 1]) >= 0) return null;
    return true;
  };

  /* engine.py _uncounted: the gender-coded hits the verdict does not read */
  Engine.prototype.uncounted = function (src, hits, reading) {
    var found = new Set(), maybe = [], names = new Set(), self = this;
    hits.forEach(function (hit) {
      if (hit.rule.rule.category !== "gender-coding") return;
      if (leftOut(reading, hit.start)) { found.add(hit); return; }
      var word = src.folded.slice(hit.start, hit.end), name = self.nameAt(src.cps, at(src, hit.start), at(src, hit.end - 1) + 1);
      if (name === true) { found.add(hit); names.add(word); } else if (name === null) maybe.push([hit, word]);
    });
    maybe.forEach(function (x) { if (names.has(x[1])) found.add(x[0]); });
    return found;
  };

  /* coding.py item: the item of the paper a coded word stands for */
  Engine.prototype.item = function (ruleId, lang, word) {
    var table = this.gender.items[ruleId];
    if (table) {
      var langs = [lang, lang === "fr" ? "en" : "fr"];
      for (var l = 0; l < 2; l++) {
        var entries = table[langs[l]] || [];
        for (var i = 0; i < entries.length; i++) if (entries[i][0].test(word)) return entries[i][1];
      }
    }
    return word;
  };

  /* coding.py verdict */
  Engine.prototype.verdict = function (masculine, feminine, words, threshold) {
    var g = this.gender;
    if (masculine + feminine < g.minimum) return "not-enough";
    var score = feminine - masculine;
    if (Math.abs(score) < Math.max(g.difference, 1) || Math.abs(score) * 100 < g.per100 * Math.max(words, 1)) return "neutral";
    var side = score > 0 ? "feminine-coded" : "masculine-coded";
    return Math.abs(score) >= threshold ? "strongly " + side : side;
  };

  /* fold.py fold_char */
  Engine.prototype.foldChar = function (ch) {
    if (ch === "\n") return "\n";
    if (ch.codePointAt(0) > 0xFFFF) return "\uFFFD";
    if (this.spaces.has(ch)) return " ";
    var lower = ch.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(this.special, lower)) return this.special[lower];
    if (Object.prototype.hasOwnProperty.call(this.special, ch)) return this.special[ch];
    var plain = lower.normalize("NFD").replace(/\p{M}/gu, "");
    var out = "";
    for (var c of plain) out += Object.prototype.hasOwnProperty.call(this.special, c) ? this.special[c] : c;
    return out;
  };

  /* The text as written (code points), its folded form, folded index -> code point index. */
  Engine.prototype.source = function (text) {
    text = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
    var cps = Array.from(text);
    var parts = [], origin = [];
    for (var i = 0; i < cps.length; i++) {
      var ch = cps[i], piece = this.cache.get(ch);
      if (piece === undefined) { piece = this.foldChar(ch); this.cache.set(ch, piece); }
      parts.push(piece);
      for (var k = 0; k < piece.length; k++) origin.push(i);
    }
    var folded = parts.join("").replace(this.link, function (m) { return " ".repeat(m.length); });
    var joined = splitJoined(text, cps, folded, origin, this.joined);
    folded = joined.folded; origin = joined.origin;
    var lineStarts = [0];
    for (var j = 0; j < cps.length; j++) if (cps[j] === "\n") lineStarts.push(j + 1);
    return { cps: cps, folded: folded, origin: origin, lineStarts: lineStarts };
  };

  /* text.py split_joined: a space before each word a lost line break joined to the one before it, where text.py's
     JOINED (exported as text.joined) matches the text as written ("fieldNationality", "posteLa commerciale",
     "UAEInterested"); not inside a blanked address. The expression gives UTF-16 offsets in text (whose code
     points are cps): they are counted back to code points in one pass, as the matches come in order. Every match
     holds at least the capital, so the scan always moves on. */
  function splitJoined(text, cps, folded, origin, joined) {
    var cuts = [], unit = 0, point = 0, m;
    joined.lastIndex = 0;
    while ((m = joined.exec(text)) !== null) {
      for (; unit < m.index; point++) unit += cps[point].length;
      cuts.push(point);
    }
    if (!cuts.length) return { folded: folded, origin: origin };
    var where = new Map();
    origin.forEach(function (o, k) { if (!where.has(o)) where.set(o, k); });
    var out = "", mapped = [], last = 0;
    cuts.forEach(function (i) {
      var k = where.get(i);
      if (k === undefined || folded[k] === " ") return;
      out += folded.slice(last, k) + " ";
      for (var m = last; m < k; m++) mapped.push(origin[m]);
      mapped.push(i);
      last = k;
    });
    out += folded.slice(last);
    for (var n = last; n < origin.length; n++) mapped.push(origin[n]);
    return { folded: out, origin: mapped };
  }

  function at(src, pos) { return pos < src.origin.length ? src.origin[pos] : src.cps.length; }

  function lineCol(src, pos) {
    var orig = at(src, pos), lo = 0, hi = src.lineStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (src.lineStarts[mid] <= orig) lo = mid; else hi = mid - 1;
    }
    return [lo + 1, orig - src.lineStarts[lo] + 1];
  }

  function excerpt(src, start, end) {
    var begin = at(src, start), stop = end > start ? at(src, end - 1) + 1 : begin;
    return src.cps.slice(begin, stop).join("");
  }

  /* All matches of a global regex in s[start:end] (Python's finditer with pos and endpos). With overlap, engine.py
   * _matches with overlap as _spans keeps them: the first match at every start, inside the previous one too (a rule's
   * exceptions are one alternation, and one may start inside another), each with the furthest end of the matches up
   * to it, so that inside() reads one span. */
  function finditer(regex, s, start, end, overlap) {
    var sub = end < s.length ? s.slice(0, end) : s, out = [], m;
    regex.lastIndex = start;
    while ((m = regex.exec(sub)) !== null) {
      var stop = m.index + m[0].length;
      if (overlap) {
        if (out.length && out[out.length - 1][1] > stop) stop = out[out.length - 1][1];
        regex.lastIndex = m.index + 1;
      } else if (m[0].length === 0) {
        regex.lastIndex++;
      }
      out.push([m.index, stop]);
    }
    return out;
  }

  /* The first match in s[start:end] (Python's search with pos and endpos), or null. */
  function finditer1(regex, s, start, end) {
    var sub = end < s.length ? s.slice(0, end) : s;
    regex.lastIndex = start;
    var m = regex.exec(sub);
    return m === null ? null : [m.index, m.index + m[0].length];
  }

  /* engine.py _exempted: the orders of the rules found whose exceptions of that kind ("titles", "ads") match
   * folded[start:end]; the stretch is searched once per rule found, not once per finding */
  function exempted(hits, kind, folded, start, end) {
    var exempt = new Set(), tried = new Set();
    hits.forEach(function (h) {
      if (tried.has(h.rule.order)) return;
      tried.add(h.rule.order);
      if (h.rule[kind].some(function (e) { return finditer1(e, folded, start, end) !== null; })) exempt.add(h.rule.order);
    });
    return exempt;
  }

  /* text.py segments: a paragraph's lines once wrapped sentences are joined (list items, sentence groups). */
  function segments(joined, start, end) {
    var out = [];
    while (start < end) {
      var stop = joined.indexOf("\n", start);
      if (stop < 0 || stop > end) stop = end;
      if (stop > start) out.push([start, stop]);
      start = stop + 1;
    }
    return out;
  }

  /* text.py scores: its common words of each language, and its words (runs of letters) */
  Engine.prototype.scores = function (folded, start, end) {
    var fr = 0, en = 0, part = folded.slice(start, end), tokens = part.match(/[a-z]+/g) || [], i;
    for (i = 0; i < tokens.length; i++) {
      if (this.french.has(tokens[i])) fr++; else if (this.english.has(tokens[i])) en++;
    }
    /* a word between two hyphens is part of a compound name ("Neuilly-sur-Seine"): it says nothing of the language */
    var inner = part.indexOf("-") < 0 ? [] : part.match(this.inner) || [];
    for (i = 0; i < inner.length; i++) {
      var w = inner[i].slice(1);
      if (this.french.has(w)) fr--; else if (this.english.has(w)) en--;
    }
    return [fr, en, tokens.length];
  };

  function clearLang(fr, en) {
    if (fr >= 2 && fr > en) return "fr";
    if (en >= 2 && en > fr) return "en";
    return null;
  }

  /* text.py other_lang, language_runs: a sentence or a line that clearly reads in the other language is read with
     that language's rules */
  Engine.prototype.otherLang = function (lang, fr, en) {
    if (lang === "fr" && en >= this.otherLangWords && en > 2 * fr) return "en";
    if (lang === "en" && fr >= this.otherLangWords && fr > 2 * en) return "fr";
    return lang;
  };

  Engine.prototype.languageRuns = function (folded, start, end, lang) {
    var runs = [], at = start, stops = [], m, re = this.sentenceBreak;
    re.lastIndex = start;
    while ((m = re.exec(folded)) !== null && m.index < end) {
      stops.push(Math.min(m.index + m[0].length, end));
      if (m[0].length === 0) re.lastIndex++;
    }
    stops.push(end);
    for (var i = 0; i < stops.length; i++) {
      var stop = stops[i];
      if (stop <= at) continue;
      var sc = this.scores(folded, at, stop), here = this.otherLang(lang, sc[0], sc[1]);
      if (runs.length && runs[runs.length - 1][2] === here) runs[runs.length - 1][1] = stop;
      else runs.push([at, stop, here]);
      at = stop;
    }
    return runs.length ? runs : [[start, end, lang]];
  };

  function tokenCount(folded, start, end) { return (folded.slice(start, end).match(/[a-z]+/g) || []).length; }

  Engine.prototype.paragraphs = function (folded) {
    var re = /[^\n]+(?:\n[ ]*[^\n ][^\n]*)*/g, out = [], m;
    while ((m = re.exec(folded)) !== null) {
      if (m[0].trim()) {
        var end = m.index + m[0].length, sc = this.scores(folded, m.index, end);
        out.push({ start: m.index, end: end, lang: clearLang(sc[0], sc[1]), fr: sc[0], en: sc[1], words: sc[2] });
      }
    }
    return out;
  };

  Engine.prototype.detect = function (folded) {
    var sc = this.scores(folded, 0, folded.length);
    return sc[1] > sc[0] ? "en" : "fr";
  };

  function lineBounds(folded, pos) {
    var start = folded.lastIndexOf("\n", pos - 1) + 1, end = folded.indexOf("\n", pos);
    if (pos === 0) start = 0;
    return [start, end < 0 ? folded.length : end];
  }

  function titleSpan(folded) {
    var lines = [], offset = 0, parts = folded.split("\n");
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].trim()) lines.push([offset, offset + parts[i].length]);
      offset += parts[i].length + 1;
    }
    if (!lines.length) return null;
    var chosen = lines[0];
    for (var j = 0; j < lines.length; j++) {
      if (/^[ ]{0,3}#{1,6}[ ]/.test(folded.slice(lines[j][0], lines[j][1]))) { chosen = lines[j]; break; }
    }
    var text = folded.slice(chosen[0], chosen[1]);
    var lead = /^[ ]*(?:#{1,6}[ ]+)?[ ]*/.exec(text)[0].length;
    var trail = text.length - text.replace(/[ #]+$/, "").length;
    return [chosen[0] + lead, chosen[1] - trail];
  }

  Engine.prototype.silenced = function (folded) {
    var lines = folded.split("\n"), found = new Map();
    function addTo(i, names) {
      if (!found.has(i)) found.set(i, new Set());
      names.forEach(function (n) { found.get(i).add(n); });
    }
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i], m;
      this.marker.lastIndex = 0;
      while ((m = this.marker.exec(line)) !== null) {
        var names = m[1].trim().split(/[ ,]+/);
        addTo(i, names);
        var rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).split("-->").join("");
        if (/^[ ]*(?:<!--)?[ ]*(?:#|\/\/)?[ ]*$/.test(rest)) {
          for (var j = i + 1; j < lines.length; j++) if (lines[j].trim()) { addTo(j, names); break; }
        }
      }
    }
    return found;
  };

  var HEADING_WORDS = 5;  /* text.py HEADING_WORDS */
  /* text.py english_first: paragraphs cut where their lines or sentences change language, the title line left out */
  Engine.prototype.englishFirst = function (folded, paras, adLang, title) {
    var self = this, clear = paras.filter(function (p) { return p.lang !== null; });
    var langs = clear.length ? clear.map(function (p) { return [p, p.lang]; })
                             : paras.map(function (p) { return [p, adLang]; });
    var blocks = [];
    langs.forEach(function (x) {
      /* a paragraph with fewer common words of the other language than a sentence needs to read in it is one run */
      var other = x[1] === "fr" ? x[0].en : x[0].fr;
      var runs = other >= self.otherLangWords ? self.languageRuns(folded, x[0].start, x[0].end, x[1])
                                              : [[x[0].start, x[0].end, x[1]]];
      runs.forEach(function (run) {
        var shown = run[0], end = run[1];
        var start = title && title[0] <= shown && shown < title[1] ? Math.min(end, title[1]) : shown;
        /* a block that held the title is reported where it starts, at the title */
        if (start < end) {
          var words = start === x[0].start && end === x[0].end ? x[0].words : tokenCount(folded, start, end);
          blocks.push([start, end, run[2], words, shown]);
        }
      });
    });
    /* an English heading of a few words ("About the role") above French text is no English text */
    var english = blocks.filter(function (b) { return b[2] === "en" && b[3] >= HEADING_WORDS; });
    if (!english.length) return null;
    var first = english[0][0], before = 0, total = 0;
    blocks.forEach(function (b) { if (b[2] === "fr" && b[0] < first) before += b[3]; });
    english.forEach(function (b) { total += b[3]; });
    return 2 * before >= total ? null : english[0][4];
  };

  /* text.py detect_country: the country the ad names most often (France on a tie, then the first named), or
   * null; a place followed by a capitalised word is part of a name ("Boston Consulting Group") */
  Engine.prototype.detectCountry = function (src) {
    var counts = new Map(), first = new Map(), m, folded = src.folded;
    this.places.lastIndex = 0;
    while ((m = this.places.exec(folded)) !== null) {
      var end = at(src, m.index + m[0].length - 1) + 1;
      if (src.cps[end] === " " || src.cps[end] === "-") {
        var next = /^[\p{L}\p{Nl}\p{No}]+/u.exec(src.cps.slice(end + 1, end + 80).join(""));
        if (next) {
          var c = Array.from(next[0]);
          if (isUpper(c[0]) && c.slice(1).some(isLower)) continue;
        }
      }
      var code = this.countryOf[m[0].split(/[ \n]+/).join(" ")];
      counts.set(code, (counts.get(code) || 0) + 1);
      if (!first.has(code)) first.set(code, m.index);
    }
    var best = null;
    counts.forEach(function (n, code) {
      if (best === null) { best = code; return; }
      var b = counts.get(best);
      if (n > b || (n === b && ((code === "fr") > (best === "fr") ||
                                ((code === "fr") === (best === "fr") && first.get(code) < first.get(best))))) best = code;
    });
    return best;
  };

  /* text.py zone and contract_kind, ruleset.py applicable */
  Engine.prototype.zone = function (country) { return country === "fr" ? "fr" : this.eu.has(country) ? "eu" : "other"; };

  Engine.prototype.contractKind = function (contract) {
    var key = (contract || "").trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(this.contracts, key) ? this.contracts[key] : "employment";
  };

  Engine.prototype.applicable = function (zone, contract) {
    var key = zone + " " + contract, found = this.applicableCache.get(key);
    if (found === undefined) {
      var zones = { fr: ["fr", "eu", "any"], eu: ["eu", "any"], other: ["any"] }[zone];
      found = new Set(this.rules.filter(function (c) {
        return zones.indexOf(c.rule.where) >= 0 && c.rule.contracts.indexOf(contract) >= 0;
      }).map(function (c) { return c.order; }));
      this.applicableCache.set(key, found);
    }
    return found;
  };

  /* text.py is_name: whether cps[begin:stop] (as written) is part of a name: an acronym in capitals in a line
   * not all in capitals, or a capitalised word inside a sentence next to another capitalised word (not a
   * language or nationality) in a line not in title case; the line is read nameWindow characters each side. */
  function isUpper(s) { return s === s.toUpperCase() && s !== s.toLowerCase(); }
  /* Python's str.islower of one character: the Lowercase property, which holds "º" and "ª" (no case pair) */
  function isLower(s) { return /\p{Lowercase}/u.test(s); }
  function letters(s) { return s.match(/[\p{L}\p{Nl}\p{No}]+/gu) || []; }  /* Python: [^\W\d_]+ */
  function plain(s) { return s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""); }

  Engine.prototype.isName = function (cps, begin, stop) {
    /* from the first letter: a bracket before it is read as a head ("Candidate (Femme)") */
    while (begin < stop && !/[\p{L}\p{N}]/u.test(cps[begin])) begin++;
    var words = letters(cps.slice(begin, stop).join(""));
    if (!words.length) return false;
    var line = lineAround(cps, begin, stop, this.nameWindow), lo = line[0], hi = line[1];
    var windowText = cps.slice(lo, hi).join("");
    if (words.length === 1 && isUpper(words[0]) && Array.from(words[0]).length >= 2 && Array.from(words[0]).length <= 4) {
      return Array.from(windowText).some(isLower);
    }
    function titled(x) { var c = Array.from(x); return isUpper(c[0]) && c.slice(1).some(isLower); }  /* not CAPITALS */
    if (!words.every(titled)) return false;
    var self = this;
    function capital(x) { return titled(x) && !self.nations.has(plain(x)); }
    /* a capitalised word joined by "&" to another, wherever it stands ("Church & Dwight", "Ernst & Young") */
    if (stop + 3 <= hi && cps.slice(stop, stop + 3).join("") === " & ") {
      var j = /^[\p{L}\p{Nl}\p{No}]+/u.exec(cps.slice(stop + 3, hi).join(""));
      if (j && capital(j[0])) return true;
    }
    if (begin - 3 >= lo && cps.slice(begin - 3, begin).join("") === " & ") {
      var left = cps.slice(lo, begin - 3).join(""), prior = letters(left);
      if (prior.length && left.endsWith(prior[prior.length - 1]) && capital(prior[prior.length - 1])) return true;
    }
    if (titleCase(cps, lo, hi)) return false;
    var headRaw = cps.slice(lo, begin).join(""), head = headRaw.replace(/\s+$/u, "");
    if (!head || ".!?:;•*>-([".indexOf(head[head.length - 1]) >= 0) return false;
    var before = letters(head);
    var after = null;
    if (cps[stop] === " " || cps[stop] === "-") {
      var m = /^[\p{L}\p{Nl}\p{No}]+/u.exec(cps.slice(stop + 1, hi).join(""));
      if (m) after = m[0];
    }
    var gap = Array.from(headRaw).length - Array.from(head).length;
    return !!((after && capital(after)) ||
              (before.length && gap <= 1 && head.endsWith(before[before.length - 1]) && capital(before[before.length - 1])));
  };

  /* model.py Rule.status_in: its status in the country, else (beyond the reach of its file's law) its abroad one */
  function statusIn(rule, country, home) {
    if (Object.prototype.hasOwnProperty.call(rule.countries, country)) return rule.countries[country];
    return !home && rule.abroad !== null ? rule.abroad : rule.status;
  }

  /* model.py severity_where: in force keeps the rule's severity, practice a warning at most, else a notice */
  function severityWhere(severity, status) {
    if (status === "in-force") return severity;
    if (status === "practice") return severity === "error" ? "warning" : severity;
    return "notice";
  }

  /* ruleset.py Ruleset.reaches: whether the law of a rule's file reaches a job in the zone */
  function reaches(rule, zone) {
    return { fr: ["fr", "eu", "any"], eu: ["eu", "any"], other: ["any"] }[zone].indexOf(rule.home) >= 0;
  }

  /* engine.py check */
  Engine.prototype.check = function (text, options) {
    options = options || {};
    var fragment = !!options.fragment, skip = new Set(options.ignore || []);
    var src = this.source(text), folded = src.folded;
    var adLang = options.lang || this.detect(folded);
    var paras = this.paragraphs(folded);
    var country = (options.country || this.detectCountry(src) || "fr").toLowerCase(), zone = this.zone(country);
    var contract = this.contractKind(options.contract), applicable = this.applicable(zone, contract);
    var found = this.candidates(folded, paras, adLang, fragment, applicable), self = this;
    /* names are not words: a criterion's word inside a brand, a place or an acronym is no criterion */
    var named = found.hits.filter(function (h) {
      return !self.criteria.has(h.rule.rule.category) || !self.isName(src.cps, at(src, h.start), at(src, h.end - 1) + 1);
    });
    var hits = this.resolve(named, folded);
    /* a rule's ad-wide exceptions: what the ad says anywhere exempts the rule (an armed force's enlistment ad and
     * its statutory nationality) */
    var exemptAd = exempted(hits, "ads", folded, 0, folded.length);
    hits = hits.filter(function (h) { return !exemptAd.has(h.rule.order); });
    if (fragment) {  /* engine.py: a snippet's title-like lines are the title rules' business */
      hits = absorbed(hits, function (h) { return h.rule.rule.category === "title-gender"; },
                      function (h) { return h.rule.rule.category === "gendered-wording"; });
    }
    if (!fragment) {
      var span = titleSpan(folded);
      if (span !== null) {
        hits = hits.filter(function (h) {
          return !((h.rule.rule.category === "gendered-wording" || h.rule.rule.category === "title-gender") &&
                   h.rule.rule.kind === "pattern" && span[0] <= h.start && h.start < span[1]);
        });
        /* a rule's title exceptions: what the title says exempts the body ("Livreur H/F", then "cherche livreur") */
        var exempt = exempted(hits, "titles", folded, span[0], span[1]);
        hits = hits.filter(function (h) { return !exempt.has(h.rule.order) || (span[0] <= h.start && h.start < span[1]); });
      }
      hits = hits.concat(this.wholeAd(folded, paras, span, new Set(options.known || []), adLang, found.present,
                                      applicable));
    }
    hits.sort(function (a, b) { return a.start - b.start || a.rule.order - b.rule.order; });
    var silenced = this.silenced(folded), findings = [], words = { masculine: new Map(), feminine: new Map() };
    var shown = options.uiLang || adLang, reading = this.reading(src, fragment ? null : span);
    if (reading.employer.starts.length) {  /* a criterion in the employer's self-description or its offer describes the employer */
      hits = hits.filter(function (h) { return !self.criteria.has(h.rule.rule.category) || !leftOut(reading.employer, h.start); });
    }
    if (reading.names.length) {  /* the employer's own name is a name: no criterion nor one-sex word is read in it */
      hits = hits.filter(function (h) {
        return !(self.criteria.has(h.rule.rule.category) || h.rule.rule.category === "gendered-wording") ||
               !inside(reading.names, h.start, h.end);
      });
    }
    var uncounted = this.uncounted(src, hits, reading), first = new Map();
    hits.forEach(function (hit) {
      var rule = hit.rule.rule, lc = lineCol(src, hit.start);
      var off = silenced.get(lc[0] - 1) || new Set();
      if (skip.has(rule.id) || skip.has(rule.category) || off.has(rule.id) || off.has(rule.category) ||
          uncounted.has(hit)) return;
      var words_ = excerpt(src, hit.start, hit.end), side = rule.id.split("-")[0];
      var same = folded.slice(hit.start, hit.end).split(/\s+/).filter(Boolean).join(" "), key = rule.id + "\u0000" + same;
      if (first.has(key)) { findings[first.get(key)].count++; return; }  /* the same rule on the same words: counted */
      first.set(key, findings.length);
      if (rule.category === "gender-coding" && words[side]) {
        var item = self.item(rule.id, hit.lang, same);
        if (!words[side].has(item)) words[side].set(item, words_);
      }
      var legal = statusIn(rule, country, reaches(rule, zone)), severity = severityWhere(rule.severity, legal.status);
      var message = rule.reason[shown];
      if (legal.pending !== null && legal.status !== "in-force" && (severity !== "notice" || legal.status !== "practice")) {
        message += " \u2014 " + legal.pending[shown];
      }
      findings.push({ line: lc[0], column: lc[1], rule: rule.id, category: rule.category, severity: severity,
                      excerpt: words_, message: message, suggestion: rule.suggestion[shown], status: legal.status,
                      reference: rule.reference, count: 1, start: at(src, hit.start),
                      end: hit.end > hit.start ? at(src, hit.end - 1) + 1 : at(src, hit.start) });
    });
    var times = this.data.text.times[shown === "en" ? "en" : "fr"];
    findings.forEach(function (f) { if (f.count > 1) f.message += times.replace("{n}", f.count); });
    var masculine = Array.from(words.masculine.values()), feminine = Array.from(words.feminine.values());
    var threshold = options.threshold || 4;
    return { lang: adLang, findings: findings,
             gender: { verdict: this.verdict(masculine.length, feminine.length, reading.words, threshold),
                       masculine: masculine, feminine: feminine, words: reading.words,
                       per_100: Math.round(10000 * (feminine.length - masculine.length) / Math.max(reading.words, 1)) / 100 },
             country: country, contract: contract, laws: zone === "other" ? "none" : zone };
  };

  /* engine.py _candidates and _scan: matches segment by segment, minus those inside an exception (each
   * exception matched once per segment; a line-wide exception drops every candidate of its segment);
   * the required rules some segment meets. */
  Engine.prototype.candidates = function (folded, paras, adLang, fragment, applicable) {
    var hits = [], present = new Set(), joined = folded.replace(this.join, " "), self = this;
    var lead = null, leads = new Map();  /* the line that leads the current list in (text.py lead_in), for its items */
    paras.forEach(function (para) {
      var paraLang = para.lang || adLang;
      segments(joined, para.start, para.end).forEach(function (whole) {
        self.listItem.lastIndex = whole[0];
        var ledBy = self.listItem.test(folded) ? lead : null, first = hits.length;  /* an item never runs past its line */
        var text = folded.slice(whole[0], whole[1]).replace(/\s+$/u, "");
        lead = text.endsWith(":") ? text : ledBy;
        if (!fragment) {
          self.required.forEach(function (r) {
            if (present.has(r.order) || !applicable.has(r.order)) return;
            for (var i = 0; i < r.regexes.length; i++) {
              if (finditer1(r.regexes[i], folded, whole[0], whole[1]) !== null) { present.add(r.order); return; }
            }
          });
        }
        self.languageRuns(folded, whole[0], whole[1], paraLang).forEach(function (run) {
        var seg = [run[0], run[1]], lang = run[2];
        var spans = new Map(), lineHits = new Map();
        function spansOf(ref) {
          var found = spans.get(ref);
          if (found === undefined) { found = finditer(self.exceptions[ref], joined, seg[0], seg[1], true); spans.set(ref, found); }
          return found;
        }
        function lineHit(ref) {
          var hit = lineHits.get(ref);
          if (hit === undefined) { hit = finditer1(self.exceptions[ref], joined, seg[0], seg[1]) !== null; lineHits.set(ref, hit); }
          return hit;
        }
        var neutral = null, upToSegmentEnd = null;
        self.rules.forEach(function (c) {
          if (c.rule.kind !== "pattern" || (fragment && !c.rule.fragment) || c.regex[lang] === null ||
              !applicable.has(c.order)) return;
          var matches = finditer(c.regex[lang], folded, seg[0], seg[1]);
          if (!matches.length || c.lines[lang].some(lineHit)) return;
          if (self.criteria.has(c.rule.category)) {  /* a criterion listed by a non-discrimination statement */
            if (neutral === null) neutral = self.statements(joined, seg[0], seg[1]);
            matches = matches.filter(function (m) { return !inside(neutral, m[0], m[1]); });
          }
          if (c.rule.category === "age") {  /* engine.py _not_an_age: durations, amounts, experience are not ages */
            matches = matches.filter(function (m) {
              var e = m[1], last = folded[e - 1], regex = null;
              if (!/[0-9]/.test(folded.slice(m[0], e))) return true;  /* "jeune" is an age whatever precedes it */
              /* an age named ("âgée entre 26 et 33 ans"): experience after or before it does not make it a duration */
              self.ageNamed.lastIndex = m[0];
              var named = self.ageNamed.test(folded);
              if (last >= "0" && last <= "9") regex = self.notAnAge;
              else if (!named && (folded.slice(e - 3, e) === "ans" || folded.slice(e - 2, e) === "an" ||
                       folded.slice(e - 5, e) === "years" || folded.slice(e - 4, e) === "year")) regex = self.notAnAgeAfterYears;
              if (regex !== null) {
                if (upToSegmentEnd === null) upToSegmentEnd = folded.slice(0, seg[1]);
                regex.lastIndex = e;
                if (regex.test(upToSegmentEnd)) return false;
              }
              return named || !self.notAnAgeBefore.test(folded.slice(Math.max(seg[0], m[0] - 60), m[0]));
            });
          }
          var exempt = c.exceptions[lang].map(spansOf);
          matches.forEach(function (m) {
            for (var e = 0; e < exempt.length; e++) if (inside(exempt[e], m[0], m[1])) return;
            hits.push({ start: m[0], end: m[1], rule: c, lang: lang });
          });
        });
        });
        if (ledBy !== null && hits.length > first) {  /* engine.py _led: an item agrees with its lead-in */
          var led = leads.get(ledBy);
          if (led === undefined) {
            led = new Set(self.rules.filter(function (c) {
              return c.leads.some(function (r) { return r.test(ledBy); });
            }).map(function (c) { return c.order; }));
            leads.set(ledBy, led);
          }
          var kept = hits.slice(first).filter(function (h) { return !led.has(h.rule.order); });
          hits.length = first;
          kept.forEach(function (h) { hits.push(h); });
        }
      });
    });
    return { hits: hits, present: present };
  };

  /* engine.py _statements: from an opening phrase to the end of its sentence, from the start of its sentence
   * to a closing phrase, the whole sentence of a list of criteria's names no request comes before; merged, sorted */
  Engine.prototype.statements = function (joined, start, end) {
    var found = [], ends = null, self = this;
    function after(key) {  /* the first sentence end after key */
      var lo = 0, hi = ends.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (ends[mid] <= key) lo = mid + 1; else hi = mid; }
      return lo;
    }
    [[this.opens, "opens"], [this.closes, "closes"], [this.lists, "lists"]].forEach(function (pair) {
      finditer(pair[0], joined, start, end).forEach(function (m) {
        if (ends === null) ends = finditer(self.statementEnd, joined, start, end).map(function (e) { return e[0]; });
        var next = after(m[1] - 1), previous = after(m[0] - 1) - 1;
        var opening = previous >= 0 ? ends[previous] + 1 : start, closing = next < ends.length ? ends[next] : end;
        if (pair[1] === "opens") found.push([m[0], closing]);
        else if (pair[1] === "closes") found.push([opening, m[1]]);
        else if (finditer1(self.asks, joined, opening, m[0]) === null) found.push([opening, closing]);
      });
    });
    return mergeSpans(found);
  };

  /* engine.py _inside: whether [start, end) lies inside one of the sorted, non-overlapping spans */
  function inside(spans, start, end) {
    var lo = 0, hi = spans.length;  /* the first span starting after start */
    while (lo < hi) { var mid = (lo + hi) >> 1; if (spans[mid][0] <= start) lo = mid + 1; else hi = mid; }
    return lo > 0 && spans[lo - 1][1] >= end;
  }

  /* engine.py _GLUE: what may stand between two matches of one rule that are one problem */
  var GLUE = /^[ ]?[:,\/-][ ]?$/;

  Engine.prototype.resolve = function (hits, folded) {
    var sorted = hits.slice().sort(function (a, b) {
      return a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.rule.order - b.rule.order;
    });
    var kept = [], last = new Map();
    sorted.forEach(function (hit) {
      var cat = hit.rule.rule.category, before = last.has(cat) ? kept[last.get(cat)] : null;
      if (before !== null && hit.start < before.end) return;
      if (before !== null && before.rule === hit.rule && cat !== "gender-coding" &&  /* coded words count apart */
          GLUE.test(folded.slice(before.end, hit.start))) {
        kept[last.get(cat)] = { start: before.start, end: hit.end, rule: before.rule, lang: before.lang };
        return;
      }
      last.set(cat, kept.length);
      kept.push(hit);
    });
    return oneProblem(kept);
  };

  /* engine.py _one_problem: an English one-sex wording that overlaps an English sex requirement is dropped */
  function oneProblem(hits) {
    return absorbed(hits, function (h) { return h.rule.rule.category === "sex" && h.lang === "en"; },
                    function (h) { return h.rule.rule.category === "gendered-wording" && h.lang === "en"; });
  }

  /* engine.py _absorbed: the lesser hits that overlap a graver one are dropped (one problem, told once) */
  function absorbed(hits, graver, lesser) {
    var gravest = hits.filter(graver);
    if (!gravest.length) return hits;
    var reach = -1, i = 0;
    return hits.filter(function (hit) {
      while (i < gravest.length && gravest[i].start <= hit.start) { reach = Math.max(reach, gravest[i].end); i++; }
      if (!lesser(hit)) return true;
      return !(reach > hit.start || (i < gravest.length && gravest[i].start < hit.end));
    });
  }

  /* engine.py _title_lang: the title's own words, else its paragraph's language, else the ad's */
  Engine.prototype.titleLang = function (folded, paras, title, adLang) {
    var sc = this.scores(folded, title[0], title[1]), own = clearLang(sc[0], sc[1]);
    if (own !== null) return own;
    for (var i = 0; i < paras.length; i++) {
      if (paras[i].start <= title[0] && title[0] < paras[i].end) return paras[i].lang || adLang;
    }
    return adLang;
  };

  Engine.prototype.lineEnd = function (folded, start) {
    var end = lineBounds(folded, start)[1];
    while (end > start && folded[end - 1] === " ") end--;
    if (end > start) return Math.min(end, start + this.excerptMax);
    return start < folded.length ? start + 1 : start;
  };

  Engine.prototype.wholeAd = function (folded, paras, title, known, adLang, present, applicable) {
    var hits = [], at_ = title ? title[0] : 0, self = this;
    this.rules.forEach(function (c) {
      var kind = c.rule.kind;
      if (kind === "pattern" || known.has(c.rule.category) || !applicable.has(c.order)) return;
      var regexes = ["fr", "en"].map(function (l) { return c.regex[l]; }).filter(function (r) { return r !== null; });
      if (kind === "required") {
        if (!present.has(c.order)) hits.push({ start: at_, end: self.lineEnd(folded, at_), rule: c, lang: "fr" });
      } else if (kind === "title" && title !== null) {
        if (self.titleLang(folded, paras, title, adLang) === "en") {  /* an English title: its English patterns only */
          regexes = c.regex.en !== null ? [c.regex.en] : [];
        }
        var excepted = ["fr", "en"].some(function (l) {
          return c.exceptions[l].concat(c.lines[l]).some(function (ref) {
            return finditer1(self.exceptions[ref], folded, title[0], title[1]) !== null;
          });
        });
        if (excepted) return;
        for (var i = 0; i < regexes.length; i++) {
          var m = finditer1(regexes[i], folded, title[0], title[1]);
          if (m !== null) { hits.push({ start: m[0], end: m[1], rule: c, lang: "fr" }); break; }
        }
      } else if (kind === "french-first") {
        var english = self.englishFirst(folded, paras, adLang, title);
        if (english !== null) hits.push({ start: english, end: self.lineEnd(folded, english), rule: c, lang: "en" });
      }
    });
    return hits;
  };

  /* The text a reader sees, as src/rolegen/adcheck/visible.py: invisible characters (soft hyphens, zero-width
   * characters, bidirectional controls ...) and Markdown's escapes and bold delimiters taken out before the engine
   * reads the text, every finding mapped back to the text as written. The same character list as INVISIBLE there. */
  var INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;

  /* The index after the run of ch that starts at cps[i], or i when no run of ch starts there. */
  function runEnd(cps, i, ch) {
    if (cps[i] !== ch || (i > 0 && cps[i - 1] === ch)) return i;
    var j = i;
    while (j < cps.length && cps[j] === ch) j++;
    return j;
  }

  /* visible.py ESCAPE: a run of backslashes before ASCII punctuation other than a backslash is Markdown's escape,
   * which a reader does not see: the index after the run when cps[i] starts one, else i */
  var PUNCT = /^[!-\/:-@\[\]^_`{-~]$/u;
  function escapeEnd(cps, i) {
    var j = runEnd(cps, i, "\\");
    return j > i && j < cps.length && PUNCT.test(cps[j]) ? j : i;
  }

  /* visible.py EMPHASIS: a run of two or three asterisks that opens after a space or a line's start, or closes
   * before a space or a line's end, is Markdown's bold: the index after the run when cps[i] starts one, else i */
  function blank(ch) { return ch === undefined || ch === " " || ch === "\t" || ch === "\n"; }
  function emphasisEnd(cps, i) {
    var j = runEnd(cps, i, "*");
    return j - i >= 2 && j - i <= 3 && (blank(cps[i - 1]) || blank(cps[j])) ? j : i;
  }

  function checkVisible(engine, text, options) {
    var cps = Array.from(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n")), kept = [], origin = [];
    for (var i = 0; i < cps.length; i++) {
      var end = Math.max(escapeEnd(cps, i), emphasisEnd(cps, i));
      if (end > i) { i = end - 1; continue; }
      if (!INVISIBLE.test(cps[i])) { kept.push(cps[i]); origin.push(i); }
    }
    if (kept.length === cps.length) return engine.check(text, options);
    origin.push(cps.length);
    var starts = [0];
    cps.forEach(function (ch, i) { if (ch === "\n") starts.push(i + 1); });
    var report = engine.check(kept.join(""), options);
    report.findings.forEach(function (f) {
      var from = origin[Math.min(f.start, origin.length - 1)];
      var to = f.end > f.start ? origin[Math.min(f.end - 1, origin.length - 1)] + 1 : from;
      var line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= from) line++;
      f.start = from; f.end = to; f.line = line + 1; f.column = from - starts[line] + 1;
    });
    return report;
  }

  Engine.prototype.checkVisible = function (text, options) { return checkVisible(this, text, options || {}); };

  /* The engine, for the pages that use it (adcheck-page.js, studio.js). */
  window.RolegenAdcheckEngine = Engine;
})();
