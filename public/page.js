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
  // The learner's interface texts, when they are not Dutch (Dutch comes in
  // the wasm): asked for now, while the wasm downloads, instead of once it
  // runs, so the first page shows a round trip sooner. The language is the
  // saved one, else the browser's first that Oefenplein speaks (as
  // model/lang.rs negotiates it). The wasm takes the answer from
  // `oefenpleinTexts` (ui/dom.rs, fetch_text); a wrong guess costs one file.
  var ours = ["nl", "en", "ar", "tr", "pl", "uk", "fa"];
  var lang = null;
  try {
    var saved = JSON.parse(localStorage.getItem("oefenplein"));
    lang = saved && saved.settings && saved.settings.lang;
  } catch (e) {}
  if (ours.indexOf(lang) < 0) {
    lang = "nl";
    var wanted = navigator.languages || [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).trim().split(/[-_]/)[0].toLowerCase();
      if (ours.indexOf(primary) >= 0) { lang = primary; break; }
    }
  }
  if (lang !== "nl" && window.fetch) {
    var url = "/locales/" + lang + "/main.ftl";
    var texts = (window.oefenpleinTexts = {});
    texts[url] = fetch(url, { cache: "no-cache" }).then(function (r) {
      return r.ok ? r.text() : null;
    }, function () { return null; });
  }
  if (window.ResizeObserver) {
    (function find() {
      var bar = document.querySelector(".practice-bar");
      if (!bar) return requestAnimationFrame(find);
      new ResizeObserver(function () {
        root.style.setProperty("--bar-block", bar.getBoundingClientRect().height + "px");
      }).observe(bar);
    })();
  }
})();
