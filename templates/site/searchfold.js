/* Accent folding for the theme's search (appended to the theme's lunr.fr.min.js by rolegen).
 *
 * Every word indexed and every word searched goes through fold(): "Référencement"
 * and "referencement" become the same word. Each character is folded on its own,
 * so a word keeps its length and the theme's highlights stay in place. */
(function () {
  "use strict";
  if (typeof lunr === "undefined" || !lunr.fr || lunr.fr.rolegenFolded) return;
  function fold(text) {
    return String(text).replace(/[^\u0000-\u007f]/g, function (ch) {
      var base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      return base.length === 1 ? base : ch;
    });
  }
  var foldToken = function (token) { return token.update(fold); };
  lunr.Pipeline.registerFunction(foldToken, "rolegenFold");
  var plugin = lunr.fr;
  var folded = function () {
    plugin.apply(this, arguments);
    [this.pipeline, this.searchPipeline].forEach(function (pipeline) {
      if (!pipeline) return;
      if (pipeline._stack.length) pipeline.before(pipeline._stack[0], foldToken);
      else pipeline.add(foldToken);
    });
  };
  Object.keys(plugin).forEach(function (key) { folded[key] = plugin[key]; });
  folded.rolegenFolded = true;
  lunr.fr = folded;
  /* Query words that skip the pipeline (type-ahead "word*") are folded here. */
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    if (c && typeof c.term === "string") c.term = fold(c.term);
    return clause.call(this, c);
  };
})();
