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
