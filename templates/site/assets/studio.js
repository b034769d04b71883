/* The posting studio page: the form, the opening it makes, the posting in both languages (posting.js, the
 * project's own templates), the ad checker's findings on it (adcheck.js, the checker page's engine and rules),
 * the six files to download (docx.js for Word). The form lives in the page's address and in this browser's
 * storage; nothing is sent anywhere. */
(function () {
  "use strict";

  var STORAGE = "rolegen-studio";
  var FIELDS = ["role", "seniority", "title_fr", "title_en", "reference", "company_name", "about_fr", "about_en",
    "website", "english", "pay_min", "pay_max", "currency", "period", "gross", "variable_fr", "variable_en", "contract", "hours",
    "remote", "remote_countries", "location", "street", "postal_code", "city", "country", "date_posted",
    "valid_through", "start", "asap", "team", "team_en", "manager", "manager_en", "add_fr", "add_en", "tools",
    "lang_code", "lang_level", "lang_why_fr", "lang_why_en", "education", "apply_url",
    "apply_email", "apply_direct"];
  var REFERENCE = /^[A-Za-z0-9._/-]{1,64}$/;
  var GENDER_MARK = /\b[HFX]\s*\/\s*[HFX](\s*\/\s*[HFX])?\b/;
  var BOTH_FORMS = /\S\s*\/\s*\S|[·•]|\(\s*\w{1,5}\s*\)/u;
  var EMAIL = /^[^@\s<>"']+@[^@\s<>"']+\.[^@\s<>"']+$/;
  var URL_ = /^https?:\/\/[^\s<>"']+$/;

  var MESSAGES = {
    fr: {
      number: "un nombre positif, par exemple 38000", max: "le maximum est plus petit que le minimum",
      pay: "la rémunération est obligatoire (transparence des salaires, directive (UE) 2023/970)",
      currency: "un code de devise ISO 4217 en trois lettres : EUR, USD, GBP…",
      reference: "lettres, chiffres et . _ / - seulement, 64 au plus",
      both: "donnez-le en français et en anglais", mark: "l'intitulé français doit porter (H/F) ou les deux formes (Code du travail L1142-1)",
      after: "la clôture doit venir après la publication", start: "la prise de poste vient avant la publication",
      date: "une date valide", city: "la ville est obligatoire", country: "un code pays ISO en deux lettres : FR, BE…",
      postal: "un code postal de 2 à 10 lettres ou chiffres", countries: "des codes pays en deux lettres séparés par des virgules : FR, BE",
      remote: "le travail à distance demande les pays où les candidats peuvent vivre",
      one: "une page de candidature ou une adresse e-mail, pas les deux", url: "une adresse web en http:// ou https://",
      email: "une adresse e-mail", direct: "la candidature directe demande une page de candidature",
      lines: "autant de lignes en français qu'en anglais", name: "le nom de l'entreprise est obligatoire",
      about: "la présentation est obligatoire", apply: "une page de candidature ou une adresse e-mail est obligatoire",
      errors: "{n} champ(s) à corriger : l'offre affichée est la dernière valide.", ready: "Offre à jour.",
      findings: "{errors} erreur(s), {warnings} avertissement(s), {notices} remarque(s) de la vérification des annonces",
      none: "La vérification des annonces ne trouve rien à redire.", all: "tous les lieux de l'entreprise",
      other: "une autre adresse…", download: "Télécharger", yaml: "Le fichier du poste (YAML)", posting: "L'offre en {lang}",
      langs: { fr: "français", en: "anglais" }, severities: { error: "Erreur", warning: "Avertissement", notice: "Remarque" },
      noroles: "Aucun métier de ce guide n'a encore de niveaux d'expérience (seniority) : une offre est écrite pour un métier à un niveau.",
      empty: "vide : le {date}", keep: "garder", colon: "\u00a0: ", language: "un code de langue ISO 639-1 en deux lettres : en, de…",
      why: "dites pourquoi le poste en a besoin (en français et en anglais)"
    },
    en: {
      number: "a positive number, for example 38000", max: "the maximum is below the minimum",
      pay: "the pay is required (pay transparency, Directive (EU) 2023/970)",
      currency: "a three-letter ISO 4217 currency code: EUR, USD, GBP…",
      reference: "letters, digits and . _ / - only, 64 at most",
      both: "give it in French and in English", mark: "the French title needs (H/F) or both forms (Code du travail L1142-1)",
      after: "applications must close after the posting date", start: "the start date comes before the posting date",
      date: "a valid date", city: "the city is required", country: "a two-letter ISO country code: FR, BE…",
      postal: "a postal code of 2 to 10 letters or digits", countries: "two-letter country codes separated by commas: FR, BE",
      remote: "fully remote work needs the countries applicants may live in",
      one: "an application page or an e-mail address, not both", url: "a web address starting with http:// or https://",
      email: "an e-mail address", direct: "direct applications need an application page",
      lines: "as many lines in French as in English", name: "the company's name is required",
      about: "the company's description is required", apply: "an application page or an e-mail address is required",
      errors: "{n} field(s) to correct: the posting shown is the last valid one.", ready: "Posting up to date.",
      findings: "{errors} error(s), {warnings} warning(s), {notices} notice(s) from the ad checker",
      none: "The ad checker finds nothing to say.", all: "every place of the company",
      other: "another address…", download: "Download", yaml: "The opening's file (YAML)", posting: "The posting in {lang}",
      langs: { fr: "French", en: "English" }, severities: { error: "Error", warning: "Warning", notice: "Notice" },
      noroles: "No role of this guide has levels of experience (seniority) yet: a posting is written for a role at a level.",
      empty: "empty: {date}", keep: "keep", colon: ": ", language: "a two-letter ISO 639-1 language code: en, de…",
      why: "say why the job needs it (in French and in English)"
    }
  };

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function isoDay(date) {
    return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
  }
  function addDays(iso, days) {
    var p = iso.split("-").map(Number), d = new Date(p[0], p[1] - 1, p[2] + days);
    return isoDay(d);
  }
  function validDate(iso) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
    var p = iso.split("-").map(Number), d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
    return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
  }
  function number(text) {
    var cleaned = String(text).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
    var value = Number(cleaned);
    return value > 0 && isFinite(value) ? value : null;
  }
  function lines(text) { return String(text).split("\n").map(function (l) { return l.trim(); }).filter(Boolean); }
  function slug(text) { return String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""); }

  /* ---- the opening file, as YAML (block style, every string quoted as JSON, which YAML reads as it is) ---- */
  function yamlScalar(value) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (value && value.date) return value.date;
    return JSON.stringify(String(value));
  }
  function isScalar(v) { return v === null || typeof v !== "object" || v.date; }
  function yamlOf(value, indent) {
    var pad = " ".repeat(indent), out = "";
    if (Array.isArray(value)) {
      value.forEach(function (item) {
        if (isScalar(item)) out += pad + "- " + yamlScalar(item) + "\n";
        else out += pad + "- " + yamlOf(item, indent + 2).slice(indent + 2);
      });
      return out;
    }
    Object.keys(value).forEach(function (key) {
      var v = value[key];
      if (v === undefined || v === null) return;
      if (isScalar(v)) out += pad + key + ": " + yamlScalar(v) + "\n";
      else if (Array.isArray(v) && v.length === 0) out += pad + key + ": []\n";
      else out += pad + key + ":\n" + yamlOf(v, indent + 2);
    });
    return out;
  }
  var DATE_KEYS = { date_posted: 1, valid_through: 1, start: 1 };
  function dated(value, key) {  /* dates written as YAML dates, not strings */
    if (Array.isArray(value)) return value.map(function (v) { return dated(v, null); });
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = dated(value[k], k); });
      return out;
    }
    if (key && DATE_KEYS[key] && typeof value === "string" && value !== "asap") return { date: value };
    return value;
  }

  function Studio(root, data) {
    this.root = root;
    this.data = data;
    this.lang = root.getAttribute("data-studio-lang") === "en" ? "en" : "fr";
    this.m = MESSAGES[this.lang];
    this.form = root.querySelector("form");
    this.pipeline = new window.RolegenPosting.Pipeline(data);
    this.engine = null;
    this.today = isoDay(new Date());
    this.rendered = null;
    this.lastMs = 0;
    this.timings = [];
  }

  Studio.prototype.field = function (name) { return this.form.elements.namedItem(name); };
  Studio.prototype.role = function (id) {
    return this.data.roles.filter(function (r) { return r.id === id; })[0] || this.data.roles[0];
  };

  /* the form's values, and what the page's address and this browser keep */
  Studio.prototype.state = function () {
    var self = this, state = {};
    FIELDS.forEach(function (name) {
      var el = self.field(name);
      if (!el) return;
      var value = el.type === "checkbox" ? (el.checked ? "1" : "") : el.value;
      if (value) state[name] = value;
    });
    var drop = Array.from(this.form.querySelectorAll("[data-keep]")).filter(function (box) { return !box.checked; })
      .map(function (box) { return box.getAttribute("data-keep"); });
    if (drop.length) state.drop = drop.join(",");
    return state;
  };
  Studio.prototype.restore = function (state) {
    var self = this;
    FIELDS.forEach(function (name) {
      var el = self.field(name);
      if (!el) return;
      if (el.type === "checkbox") el.checked = state[name] === "1";
      else if (name !== "seniority" && name !== "location") el.value = state[name] || (el.tagName === "SELECT" ? el.options[0].value : "");
    });
    this.roleChanged(state);
  };
  Studio.prototype.save = function (state) {
    var hash = new URLSearchParams(state).toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    try { localStorage.setItem(STORAGE, JSON.stringify(state)); } catch (e) { /* private browsing: the address keeps it */ }
  };
  Studio.prototype.saved = function () {
    var hash = location.hash.slice(1);
    if (hash) {  /* a shared address, or a role page's link (#role=ID): a fresh posting for that role */
      var params = new URLSearchParams(hash), state = {};
      params.forEach(function (v, k) { state[k] = v; });
      return state;
    }
    try { return JSON.parse(localStorage.getItem(STORAGE) || "{}") || {}; } catch (e) { return {}; }
  };

  /* the role's levels, missions and the company's places, as options of the form */
  Studio.prototype.roleChanged = function (state) {
    var self = this, role = this.role(this.field("role").value), lang = this.lang;
    if (role.id !== this.field("role").value) this.field("role").value = role.id;
    var level = this.field("seniority"), wanted = state ? state.seniority : level.value;
    level.innerHTML = role.levels.map(function (l) {
      return '<option value="' + escapeHtml(l.id) + '">' + escapeHtml(l[lang].level) + "</option>";
    }).join("");
    if (wanted && role.levels.some(function (l) { return l.id === wanted; })) level.value = wanted;
    var drop = new Set(((state ? state.drop : null) || "").split(",").filter(Boolean));
    this.root.querySelector("[data-studio-missions]").innerHTML = role.responsibilities.map(function (t, i) {
      return '<p class="rolegen-studio-check"><input type="checkbox" id="studio-keep-' + i + '" data-keep="' + i + '"' +
        (drop.has(String(i)) ? "" : " checked") + '> <label for="studio-keep-' + i + '">' + escapeHtml(t[lang]) + "</label></p>";
    }).join("");
    var company = this.data.company, place = this.field("location"), where = state ? state.location : place.value;
    var options = company ? company.locations.map(function (l) { return l.city; }) : [];
    place.innerHTML = (company ? '<option value="">' + escapeHtml(this.m.all) + "</option>" : "") +
      options.map(function (c) { return '<option value="' + escapeHtml(c) + '">' + escapeHtml(c) + "</option>"; }).join("") +
      '<option value="other">' + escapeHtml(this.m.other) + "</option>";
    place.value = where && (where === "other" || options.indexOf(where) >= 0) ? where : place.options[0].value;
    this.placeholders(role);
  };

  /* what an empty field stands for: the company's value, or the role's */
  Studio.prototype.defaults = function (role) {
    var c = this.data.company || {}, pay = c.salary || {};
    return {
      reference: (role.id.toUpperCase() + "-" + this.today.slice(0, 4) + "-001").slice(0, 64),
      title_fr: role.title.fr, title_en: role.title.en,
      company_name: c.name || "", about_fr: c.about ? c.about.fr : "", about_en: c.about ? c.about.en : "",
      website: c.website || "", english: c.english || "en-GB", pay_min: pay.min ? String(pay.min) : "", pay_max: pay.max ? String(pay.max) : "",
      currency: pay.currency || "EUR", period: pay.period || "year", contract: c.contract || "cdi",
      hours: c.hours || "full-time", remote: c.remote || "on-site",
      remote_countries: (c.remote_countries || []).join(", "),
      date_posted: this.today, valid_through: addDays(this.today, 30),
      apply_url: c.apply && c.apply.url ? c.apply.url : "", apply_email: c.apply && c.apply.email ? c.apply.email : ""
    };
  };
  Studio.prototype.placeholders = function (role) {
    var self = this, d = this.defaults(role);
    Object.keys(d).forEach(function (name) {
      var el = self.field(name);
      if (!el) return;
      if (el.tagName === "SELECT") {
        var empty = el.querySelector('option[value=""]');
        if (empty) empty.textContent = "— " + (el.querySelector('option[value="' + d[name] + '"]') || { textContent: d[name] }).textContent;
      } else if (el.type !== "date") {
        el.placeholder = d[name];
      }
    });
    ["date_posted", "valid_through"].forEach(function (name) {
      var hint = self.root.querySelector("#studio-" + name + "-hint");
      if (hint) hint.textContent = self.m.empty.replace("{date}", window.RolegenPosting.clean(new Intl.DateTimeFormat(self.lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date(d[name] + "T12:00:00"))));
    });
  };

  /* the opening the form describes, and the problems of its fields */
  Studio.prototype.opening = function (s) {
    var m = this.m, errors = {}, role = this.role(s.role), d = this.defaults(role);
    var level = role.levels.filter(function (l) { return l.id === s.seniority; })[0] || role.levels[0];
    var project = this.data.company, opening = { role: role.id, seniority: level.id };
    var edited = s.company_name || s.about_fr || s.about_en || s.website || (s.english && s.english !== (project && project.english));
    var profile = project;
    if (!project || edited) {
      profile = Object.assign({}, project || {});
      profile.name = s.company_name || (project ? project.name : "");
      profile.about = { fr: s.about_fr || (project ? project.about.fr : ""), en: s.about_en || (project ? project.about.en : "") };
      if (s.website) profile.website = s.website;
      if (s.english) profile.english = s.english;
      if (!profile.name.trim()) errors.company_name = m.name;
      if (!profile.about.fr.trim()) errors.about_fr = m.about;
      if (!profile.about.en.trim()) errors.about_en = m.about;
      if (s.website && !URL_.test(s.website)) errors.website = m.url;
      if (!project) {
        profile.remote = s.remote || "on-site";
        profile.contract = s.contract || "cdi";
        profile.date_posted = s.date_posted || d.date_posted;
        profile.locations = s.city ? [{ city: s.city, country: (s.country || "").toUpperCase() }] : [];
        profile.apply = s.apply_url ? { url: s.apply_url } : (s.apply_email ? { email: s.apply_email } : {});
        if (!s.apply_url && !s.apply_email) errors.apply_url = m.apply;
        if (s.location !== "other" && profile.remote !== "full-remote") errors.location = m.city;
      }
    }
    opening.company = profile === project ? this.data.company_path : profile;
    opening.reference = s.reference || d.reference;
    if (!REFERENCE.test(opening.reference)) errors.reference = m.reference;
    var min = s.pay_min ? number(s.pay_min) : number(d.pay_min), max = s.pay_max ? number(s.pay_max) : (s.pay_min ? min : number(d.pay_max));
    if (s.pay_min && min === null) errors.pay_min = m.number;
    else if (min === null) errors.pay_min = m.pay;
    if (s.pay_max && max === null) errors.pay_max = m.number;
    else if (min !== null && max !== null && max < min) errors.pay_max = m.max;
    var currency = (s.currency || d.currency).toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) errors.currency = m.currency;
    opening.salary = { min: min, max: max === null ? min : max, currency: currency, period: s.period || d.period, gross: s.gross !== "net" };
    if (s.variable_fr || s.variable_en) {
      if (!s.variable_fr) errors.variable_fr = m.both;
      if (!s.variable_en) errors.variable_en = m.both;
      opening.salary.variable = { fr: s.variable_fr || "", en: s.variable_en || "" };
    }
    opening.date_posted = s.date_posted || d.date_posted;
    opening.valid_through = s.valid_through || d.valid_through;
    if (!validDate(opening.date_posted)) errors.date_posted = m.date;
    if (!validDate(opening.valid_through)) errors.valid_through = m.date;
    else if (opening.valid_through <= opening.date_posted) errors.valid_through = m.after;
    if (s.title_fr || s.title_en) {
      if (!s.title_fr) errors.title_fr = m.both;
      else if (!(GENDER_MARK.test(s.title_fr) || BOTH_FORMS.test(s.title_fr))) errors.title_fr = m.mark;
      if (!s.title_en) errors.title_en = m.both;
      opening.title = { fr: s.title_fr || "", en: s.title_en || "" };
    }
    var remote = s.remote || (profile && profile.remote) || "on-site";
    if (s.location === "other" && remote !== "full-remote") {
      var address = { city: s.city || "", country: (s.country || "").toUpperCase() };
      if (s.street) address = Object.assign({ street: s.street }, address);
      if (s.postal_code) address.postal_code = s.postal_code;
      if (!address.city.trim()) errors.city = m.city;
      if (!/^[A-Z]{2}$/.test(address.country)) errors.country = m.country;
      if (s.postal_code && !/^[A-Za-z0-9 -]{2,10}$/.test(s.postal_code)) errors.postal_code = m.postal;
      opening.location = address;
    } else if (s.location && s.location !== "other" && remote !== "full-remote") {
      opening.location = s.location;
    }
    if (s.remote) opening.remote = s.remote;
    if (remote === "full-remote") {
      var countries = (s.remote_countries || "").split(/[\s,;]+/).filter(Boolean).map(function (c) { return c.toUpperCase(); });
      if (countries.some(function (c) { return !/^[A-Z]{2}$/.test(c); })) errors.remote_countries = m.countries;
      else if (countries.length) opening.remote_countries = countries;
      else if (!(profile && profile.remote_countries && profile.remote_countries.length)) errors.remote_countries = m.remote;
    }
    if (s.contract) opening.contract = s.contract;
    if (s.hours) opening.hours = s.hours;
    if (s.asap) opening.start = "asap";
    else if (s.start) {
      if (!validDate(s.start)) errors.start = m.date;
      else if (s.start < opening.date_posted) errors.start = m.start;
      opening.start = s.start;
    }
    ["team", "manager"].forEach(function (name) {
      var fr = (s[name] || "").trim(), en = (s[name + "_en"] || "").trim();
      if (en && !fr) errors[name] = m.both;
      else if (fr && en) opening[name] = { fr: fr, en: en };
      else if (fr) opening[name] = fr;
    });
    if (s.lang_code || s.lang_why_fr || s.lang_why_en) {
      var code = (s.lang_code || "").toLowerCase();
      if (!/^[a-z]{2}$/.test(code)) errors.lang_code = m.language;
      if (!s.lang_why_fr) errors.lang_why_fr = m.why;
      if (!s.lang_why_en) errors.lang_why_en = m.why;
      opening.languages = [{ language: code, level: s.lang_level || "B2", why: { fr: s.lang_why_fr || "", en: s.lang_why_en || "" } }];
    }
    var drop = (s.drop || "").split(",").filter(Boolean).map(Number), addFr = lines(s.add_fr || ""), addEn = lines(s.add_en || "");
    if (addFr.length !== addEn.length) errors[addFr.length < addEn.length ? "add_fr" : "add_en"] = m.lines;
    if (drop.length || addFr.length) {
      opening.missions = {};
      if (addFr.length) opening.missions.add = addFr.map(function (t, i) { return { fr: t, en: addEn[i] || "" }; });
      if (drop.length) opening.missions.drop = drop;
    }
    var tools = (s.tools || "").split(",").map(function (t) { return t.trim(); }).filter(Boolean);
    if (tools.length) opening.tools = tools;
    if (s.education) opening.education = s.education;
    if (s.apply_url && s.apply_email) errors.apply_email = m.one;
    else if (s.apply_url) {
      if (!URL_.test(s.apply_url)) errors.apply_url = m.url;
      opening.apply = { url: s.apply_url };
      if (s.apply_direct) opening.apply.direct = true;
    } else if (s.apply_email) {
      if (!EMAIL.test(s.apply_email)) errors.apply_email = m.email;
      opening.apply = { email: s.apply_email };
    }
    if (s.apply_direct && !s.apply_url && !(profile && profile.apply && profile.apply.url && !s.apply_email)) errors.apply_url = m.direct;
    else if (s.apply_direct && !s.apply_url) opening.apply = { url: profile.apply.url, direct: true };
    return { opening: opening, errors: errors, id: slug(opening.reference) || role.id };
  };

  /* the opening for the pipeline: the profile itself in place of its path */
  Studio.prototype.resolved = function (opening) {
    var copy = Object.assign({}, opening);
    if (typeof copy.company === "string" || !copy.company) copy.company = this.data.company;
    return copy;
  };

  Studio.prototype.showErrors = function (errors) {
    var self = this;
    FIELDS.forEach(function (name) {
      var el = self.field(name), box = self.root.querySelector("#studio-" + name + "-error");
      if (!el) return;
      if (errors[name]) { el.setAttribute("aria-invalid", "true"); } else { el.removeAttribute("aria-invalid"); }
      if (box) box.textContent = errors[name] || "";
    });
  };

  /* the ad checker's findings on the Markdown the posting is written from, as `rolegen check-posting` reads it */
  Studio.prototype.findings = function (markdown, lang) {
    if (!this.engine) return null;
    return this.engine.checkVisible(markdown, { lang: lang, known: ["french-version", "pay-range", "date"], uiLang: this.lang });
  };
  Studio.prototype.showFindings = function (lang, report, preview) {
    var box = this.root.querySelector('[data-studio-findings="' + lang + '"]'), m = this.m;
    if (!report) { box.innerHTML = ""; return; }
    var order = { error: 0, warning: 1, notice: 2 }, counts = { error: 0, warning: 0, notice: 0 };
    var findings = report.findings.slice().sort(function (a, b) { return order[a.severity] - order[b.severity] || a.start - b.start; });
    findings.forEach(function (f) { counts[f.severity]++; });
    if (!findings.length) { box.innerHTML = '<p class="rolegen-studio-clean">' + escapeHtml(m.none) + "</p>"; return; }
    box.innerHTML = "<details" + (counts.error + counts.warning ? " open" : "") + "><summary>" +
      escapeHtml(m.findings.replace("{errors}", counts.error).replace("{warnings}", counts.warning).replace("{notices}", counts.notice)) +
      "</summary><ul>" + findings.map(function (f) {
        return '<li class="adcheck-' + f.severity + '" data-rule="' + escapeHtml(f.rule) + '"><strong>' + escapeHtml(m.severities[f.severity]) +
          "</strong>" + escapeHtml(m.colon) + "« " + escapeHtml(f.excerpt) + " » — " + escapeHtml(f.message) + ". <em>" +
          escapeHtml(f.suggestion) + "</em> <small>" + escapeHtml(f.reference) + "</small></li>";
      }).join("") + "</ul></details>";
    /* mark each excerpt in the preview, the most serious first */
    findings.forEach(function (f) {
      if (!f.excerpt || f.excerpt.length < 2) return;
      var walker = document.createTreeWalker(preview, NodeFilter.SHOW_TEXT), node;
      while ((node = walker.nextNode())) {
        if (node.parentNode.closest && node.parentNode.closest("mark")) continue;
        var at = node.data.indexOf(f.excerpt);
        if (at < 0) continue;
        var range = document.createRange();
        range.setStart(node, at); range.setEnd(node, at + f.excerpt.length);
        var mark = document.createElement("mark");
        mark.className = "adcheck-" + f.severity;
        mark.title = m.severities[f.severity] + m.colon + f.message;
        range.surroundContents(mark);
        break;
      }
    });
  };

  /* one keystroke: the opening, both postings, the findings, the address and the storage */
  Studio.prototype.update = function () {
    var start = performance.now(), self = this;
    var state = this.state(), made = this.opening(state);
    this.showErrors(made.errors);
    var problems = Object.keys(made.errors).length, status = this.root.querySelector("[data-studio-status]");
    if (!problems) {
      try {
        var opening = this.resolved(made.opening);
        this.rendered = { made: made, postings: { fr: this.pipeline.render(opening, "fr"), en: this.pipeline.render(opening, "en") } };
      } catch (e) {
        problems = 1;
        status.textContent = String(e.message || e);
      }
    }
    if (this.rendered && !problems) {
      ["fr", "en"].forEach(function (lang) {
        var posting = self.rendered.postings[lang], preview = self.root.querySelector('[data-studio-preview="' + lang + '"]');
        preview.innerHTML = posting.fragment;
        self.showFindings(lang, self.findings(posting.markdown, lang), preview);
      });
      status.textContent = this.m.ready;
    } else if (problems && Object.keys(made.errors).length) {
      status.textContent = this.m.errors.replace("{n}", Object.keys(made.errors).length);
    }
    this.root.querySelectorAll("[data-studio-downloads] button").forEach(function (b) { b.disabled = !!problems || !self.rendered; });
    this.save(state);
    this.lastMs = performance.now() - start;
    this.timings.push(this.lastMs);
    this.root.setAttribute("data-studio-updates", String(Number(this.root.getAttribute("data-studio-updates") || 0) + 1));
  };

  /* the six files */
  Studio.prototype.file = function (kind, lang) {
    var r = this.rendered, id = r.made.id;
    if (kind === "yaml") {
      var head = "# An opening written with the guide's posting studio. Check it with:\n" +
        "#   rolegen check-posting --opening " + id + ".yml\n";
      return { name: id + ".yml", type: "application/yaml", body: head + yamlOf(dated(r.made.opening), 0) };
    }
    var posting = r.postings[lang], format = this.data.formats.filter(function (f) { return f.name === kind; })[0];
    var body;
    if (kind === "docx") {
      var company = posting.vacancy.company;
      body = window.RolegenDocx.document(posting.paragraphs, {
        lang: lang, title: posting.title, author: company.name, day: r.made.opening.date_posted,
        keywords: r.made.opening.reference, language: window.RolegenDocx.wordLanguage(lang, company.english)
      }, this.data.word);
    } else {
      body = posting.output(kind);
    }
    return { name: id + "." + lang + "." + kind, type: format.media_type, body: body };
  };
  Studio.prototype.download = function (kind, lang) {
    var f = this.file(kind, lang), blob = new Blob([f.body], { type: f.type });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = f.name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  };
  Studio.prototype.downloads = function () {
    var self = this, m = this.m, box = this.root.querySelector("[data-studio-downloads]");
    var html = "";
    ["fr", "en"].forEach(function (lang) {
      html += '<p><span class="rolegen-studio-downloads-label">' + escapeHtml(m.posting.replace("{lang}", m.langs[lang])) + "</span> " +
        self.data.formats.map(function (f) {
          return '<button type="button" data-download="' + f.name + '" data-lang="' + lang + '" aria-label="' +
            escapeHtml(m.download + " — " + m.posting.replace("{lang}", m.langs[lang]) + ", " + f.label) + '">' + escapeHtml(f.label) + "</button>";
        }).join(" ") + "</p>";
    });
    html += '<p><button type="button" data-download="yaml">' + escapeHtml(m.yaml) + "</button></p>";
    box.innerHTML = html;
    box.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-download]");
      if (button && !button.disabled) self.download(button.getAttribute("data-download"), button.getAttribute("data-lang"));
    });
  };

  Studio.prototype.start = function () {
    var self = this;
    this.engine = window.rolegenStudioEngine || null;
    this.downloads();
    this.restore(this.saved());
    this.form.addEventListener("input", function (event) {
      if (event.target === self.field("role")) self.roleChanged(null);
      if (event.target === self.field("location") || event.target === self.field("remote")) self.address();
      self.update();
    });
    this.form.addEventListener("change", function (event) {
      if (event.target.tagName === "SELECT" || event.target.type === "checkbox" || event.target.type === "date") {
        if (event.target === self.field("role")) self.roleChanged(null);
        self.address();
        self.update();
      }
    });
    this.root.querySelector("[data-studio-reset]").addEventListener("click", function () {
      self.restore({});
      self.address();
      self.update();
      self.field("role").focus();
    });
    this.address();
    this.update();
    this.root.setAttribute("data-studio-ready", "true");
  };
  Studio.prototype.address = function () {
    var other = this.field("location").value === "other" || !this.data.company;
    this.root.querySelector("[data-studio-address]").hidden = !other;
  };

  function start() {
    var root = document.querySelector("[data-studio]");
    if (!root) return;
    var rules = root.getAttribute("data-studio").replace(/studio\.json$/, "adcheck-rules.json");
    Promise.all([fetch(root.getAttribute("data-studio")).then(function (r) { return r.json(); }),
                 fetch(rules).then(function (r) { return r.json(); })]).then(function (both) {
      window.rolegenStudioEngine = new window.RolegenAdcheckEngine(both[1]);
      var studio = new Studio(root, both[0]);
      window.rolegenStudio = studio;
      if (!both[0].roles.length) {  /* a posting is for a role at a level: without levels, nothing to write */
        root.querySelector("form").hidden = true;
        root.querySelector("[data-studio-status]").textContent = studio.m.noroles;
        root.setAttribute("data-studio-ready", "true");
        return;
      }
      studio.start();
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
