// The page's few lines outside the wasm: ARCHITECTURE.md, "Offline and updates".
(function () {
  var root = document.documentElement;
  var sw = navigator.serviceWorker;
  if (sw) {
    addEventListener("load", function () {
      sw.register("/sw.js").then(function () {
        return sw.ready.then(function (r) {
          if (r.active) r.active.postMessage({ language: root.lang });
        });
      }, function () {});
    });
  }
  // The learner's language: the saved one, else the browser's first that
  // Oefenplein speaks (as model/lang.rs negotiates it).
  var ours = ["nl", "en", "ar", "tr", "pl", "uk", "fa"];
  var lang = null;
  var shared = false;
  try {
    var saved = JSON.parse(localStorage.getItem("oefenplein"));
    var settings = (saved && saved.settings) || {};
    lang = settings.lang;
    // Learners who share the device have a sign in the header, which then
    // takes two rows up to 568 px (model/learners.rs, is_shared).
    shared = !!(saved && (saved.sign || (saved.others && saved.others.length)));
    // The first look below in the learner's text size and contrast (the
    // app sets the same attributes once it runs: ui/dom.rs).
    if (/^large(r|st)?$/.test(settings.text_size)) root.setAttribute("data-text-size", settings.text_size);
    if (settings.high_contrast === true) root.setAttribute("data-contrast", "high");
  } catch (e) {}
  if (ours.indexOf(lang) < 0) {
    lang = "nl";
    var wanted = navigator.languages || [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).trim().split(/[-_]/)[0].toLowerCase();
      if (ours.indexOf(primary) >= 0) { lang = primary; break; }
    }
  }
  // The learner's interface texts, when they are not Dutch (Dutch comes in
  // the wasm): asked for now, while the wasm downloads, instead of once it
  // runs, so the first page shows a round trip sooner. The wasm takes the
  // answer from `oefenpleinTexts` (ui/dom.rs, fetch_text); a wrong guess
  // costs one file.
  if (lang !== "nl" && window.fetch) {
    var url = "/locales/" + lang + "/main.ftl";
    (window.oefenpleinTexts = {})[url] = fetch(url, { cache: "no-cache" }).then(function (r) {
      return r.ok ? r.text() : null;
    }, function () { return null; });
  }
  // The page's first look (#boot in index.html), in the learner's language
  // at once: Dutch is written in index.html, the other languages' words for
  // its [data-l10n] elements are written below, in their order, by the
  // build (scripts/first-look.mjs, from each language's main.ftl). Without
  // them (page.js served as written) it stays hidden. Gone once the app
  // draws itself (ui/app.rs).
  var words = { "__FIRST_LOOK__": [] };
  var boot = document.getElementById("boot");
  var parts = boot ? boot.querySelectorAll("[data-l10n]") : [];
  var texts = lang === "nl" ? [] : words[lang];
  if (boot && texts && (!texts.length || texts.length === parts.length)) {
    for (var p = 0; p < texts.length; p++) parts[p].textContent = texts[p];
    root.lang = lang;
    root.dir = lang === "ar" || lang === "fa" ? "rtl" : "ltr";
    // Only the home page's own words, and only where they keep their place.
    if (location.pathname !== "/" || shared) boot.querySelector("main").remove();
    boot.hidden = false;
  }
  if (window.ResizeObserver) {
    (function find() {
      // The app's own mark (the first look's is gone soon).
      var bar = document.querySelector("body > .practice-bar");
      if (!bar) return requestAnimationFrame(find);
      new ResizeObserver(function () {
        root.style.setProperty("--bar-block", bar.getBoundingClientRect().height + "px");
      }).observe(bar);
    })();
  }
})();
