// Keeps --bar-block, the room the sticky practice mark takes at the top of
// every page, equal to the mark's real height. With very large text or a
// long translation the mark takes two or three lines, and what sticks
// below it (a lesson's step head) must never slide under it.
(function () {
  if (!("ResizeObserver" in window)) return;
  var root = document.documentElement;
  function find() {
    var bar = document.querySelector(".practice-bar");
    if (!bar) return requestAnimationFrame(find);
    new ResizeObserver(function () {
      root.style.setProperty("--bar-block", bar.getBoundingClientRect().height + "px");
    }).observe(bar);
  }
  find();
})();
