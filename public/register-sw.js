// Registers the service worker that keeps Oefenplein working offline, and
// tells it which language the learner reads, so it keeps that language's
// texts too (it keeps only Dutch for everyone).
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => {
        const tell = () =>
          navigator.serviceWorker.ready.then((registration) => {
            if (registration.active) registration.active.postMessage({ language: document.documentElement.lang });
          });
        tell();
        new MutationObserver(tell).observe(document.documentElement, { attributeFilter: ["lang"] });
      })
      .catch(() => {
        // file:// or an insecure origin: the app still works online.
      });
  });
}
