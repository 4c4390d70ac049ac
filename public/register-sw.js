// Registers the service worker that keeps Oefenplein working offline.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // file:// or an insecure origin: the app still works online.
    });
  });
}
