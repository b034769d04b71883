/* The Word file of a posting, written in the browser for the posting studio: the document
 * src/rolegen/postings/word.py writes, paragraph for paragraph and run for run (styles, bold runs, links, the
 * raised "er" of "1er", French no-break spaces, A4 or US Letter, the document's language), with the styles and
 * the list numbering of that document (exported by the build into studio.json). A minimal package: the
 * document, its styles and numbering, its links and its properties, in a zip that stores its files. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./posting.js"));
  else root.RolegenDocx = factory(root.RolegenPosting);
})(typeof self !== "undefined" ? self : this, function (Posting) {
  "use strict";

  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  var PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
  var HYPERLINK = R + "/hyperlink";
  var ORDINAL = /(?<![\p{L}\p{N}_])(1)(er)(?![\p{L}\p{N}_])/gu;

  function xml(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function attr(s) { return xml(s).replace(/"/g, "&quot;"); }

  function wordLanguage(lang, english) { return lang === "fr" ? "fr-FR" : (english || "en-GB"); }
  function paper(language) { return language === "en-US" ? "Letter" : "A4"; }

  /* word.py _pieces: (text, superscript) */
  function pieces(text, lang) {
    if (lang !== "fr") return [[text, false]];
    text = Posting.keepWithPrevious(text);
    var out = [], at = 0, m;
    ORDINAL.lastIndex = 0;
    while ((m = ORDINAL.exec(text))) {
      out.push([text.slice(at, m.index + m[1].length), false], [m[2], true]);
      at = m.index + m[0].length;
    }
    out.push([text.slice(at), false]);
    return out.filter(function (p) { return p[0] !== ""; });
  }
  function run(text, bold, link, superscript) {
    var props = "";
    if (bold) props += "<w:b/>";
    if (link) props += '<w:color w:val="0563C1"/><w:u w:val="single"/>';
    if (superscript) props += '<w:vertAlign w:val="superscript"/>';
    var stripped = text.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g, "");
    return "<w:r>" + (props ? "<w:rPr>" + props + "</w:rPr>" : "") +
      (text !== stripped ? '<w:t xml:space="preserve">' : "<w:t>") + xml(text) + "</w:t></w:r>";
  }
  /* word.py _paragraph: the runs of a link go into a w:hyperlink to its target */
  function paragraph(styleId, runs, lang, relate) {
    var out = '<w:p><w:pPr><w:pStyle w:val="' + attr(styleId) + '"/></w:pPr>', open = null;
    runs.forEach(function (r) {
      var text = r[0], bold = r[1], link = r[2];
      if (open !== null && open !== link) { out += "</w:hyperlink>"; open = null; }
      if (link && open === null) { out += '<w:hyperlink r:id="' + relate(link) + '">'; open = link; }
      pieces(text, lang).forEach(function (p) { out += run(p[0], bold, !!link, p[1]); });
    });
    if (open !== null) out += "</w:hyperlink>";
    return out + "</w:p>";
  }
  function section(parts, size) {
    var p = parts.paper[size];
    return '<w:sectPr><w:pgSz w:w="' + p[0] + '" w:h="' + p[1] + '"/><w:pgMar w:top="' + p[2] + '" w:right="' + p[2] +
      '" w:bottom="' + p[2] + '" w:left="' + p[2] + '" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  }

  /* the paragraphs of RolegenPosting.paragraphs(), with the link targets as written (mailto: kept) */
  function document(paragraphs, options, parts) {
    var language = options.language || wordLanguage(options.lang);
    var rels = [], relIds = {};
    function relate(target) {
      if (!relIds[target]) { relIds[target] = "rId" + (3 + rels.length); rels.push(target); }
      return relIds[target];
    }
    var body = paragraphs.map(function (p) { return paragraph(parts.ids[p[0]], p[1], options.lang, relate); }).join("");
    var files = {};
    files["[Content_Types].xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
    files["_rels/.rels"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="' + PKG + '">' +
      '<Relationship Id="rId1" Type="' + R + '/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      "</Relationships>";
    files["word/document.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="' + W +
      '" xmlns:r="' + R + '"><w:body>' + body + section(parts, paper(language)) + "</w:body></w:document>";
    var defaults = parts.defaults.replace(/(<w:lang [^>]*w:val=")[^"]*(")/, "$1" + language + "$2");
    files["word/styles.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="' + W +
      '" xmlns:r="' + R + '">' + defaults + parts.styles.join("") + "</w:styles>";
    files["word/numbering.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + parts.numbering;
    files["word/_rels/document.xml.rels"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="' + PKG + '">' +
      '<Relationship Id="rId1" Type="' + R + '/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="' + R + '/numbering" Target="numbering.xml"/>' +
      rels.map(function (target) {
        return '<Relationship Id="' + relIds[target] + '" Type="' + HYPERLINK + '" Target="' + attr(target) + '" TargetMode="External"/>';
      }).join("") + "</Relationships>";
    var moment = (options.day || "2000-01-01") + "T00:00:00Z";
    files["docProps/core.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      "<dc:title>" + xml(options.title) + "</dc:title><dc:creator>" + xml(options.author || "") + "</dc:creator>" +
      "<cp:keywords>" + xml(options.keywords || "") + "</cp:keywords><dc:language>" + language + "</dc:language>" +
      "<cp:lastModifiedBy>" + xml(options.author || "") + "</cp:lastModifiedBy><cp:revision>1</cp:revision>" +
      '<dcterms:created xsi:type="dcterms:W3CDTF">' + moment + '</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">' + moment + "</dcterms:modified></cp:coreProperties>";
    return zip(files);
  }

  /* a zip that stores its files (no compression), every entry dated 1980-01-01 */
  var CRC = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();
  function crc32(bytes) {
    var c = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) c = CRC[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }
  function zip(files) {
    var encoder = new TextEncoder(), chunks = [], central = [], offset = 0;
    var DATE = (0 << 9) | (1 << 5) | 1;
    Object.keys(files).forEach(function (name) {
      var data = encoder.encode(files[name]), fileName = encoder.encode(name), crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true);
      local.setUint16(8, 0, true); local.setUint16(10, 0, true); local.setUint16(12, DATE, true);
      local.setUint32(14, crc, true); local.setUint32(18, data.length, true); local.setUint32(22, data.length, true);
      local.setUint16(26, fileName.length, true); local.setUint16(28, 0, true);
      var entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true); entry.setUint16(4, 20, true); entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true); entry.setUint16(10, 0, true); entry.setUint16(12, 0, true);
      entry.setUint16(14, DATE, true); entry.setUint32(16, crc, true); entry.setUint32(20, data.length, true);
      entry.setUint32(24, data.length, true); entry.setUint16(28, fileName.length, true);
      entry.setUint32(42, offset, true);
      chunks.push(new Uint8Array(local.buffer), fileName, data);
      central.push(new Uint8Array(entry.buffer), fileName);
      offset += 30 + fileName.length + data.length;
    });
    var size = central.reduce(function (n, c) { return n + c.length; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true); end.setUint16(8, Object.keys(files).length, true);
    end.setUint16(10, Object.keys(files).length, true); end.setUint32(12, size, true); end.setUint32(16, offset, true);
    var all = chunks.concat(central, [new Uint8Array(end.buffer)]);
    var out = new Uint8Array(all.reduce(function (n, c) { return n + c.length; }, 0)), at = 0;
    all.forEach(function (c) { out.set(c, at); at += c.length; });
    return out;
  }

  return { document: document, wordLanguage: wordLanguage, paper: paper, zip: zip, crc32: crc32 };
});
