// Runs inside an embed page (/{lang}/embed/{id}/). Tells the page that frames it how tall the content is, so the
// optional host script (embed-resize.js) can size the iframe. Message, documented in EMBEDDING.md:
//   { type: "cni-report:embed-height", version: 1, chart: "<id>", lang: "<code>", height: <CSS pixels> }
// Sent on load, whenever the content's height changes (frame width, fonts, interactive chart), and when the host
// asks with { type: "cni-report:embed-ping" }. The height is not secret, so any parent may receive it.
(function () {
  if (window.parent === window) return;
  var chart = document.body.getAttribute("data-chart") || "";
  var lang = document.documentElement.getAttribute("data-lang") || "";
  var last = -1;
  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }
  function send(force) {
    var h = height();
    if (h === last && !force) return;
    last = h;
    window.parent.postMessage({ type: "cni-report:embed-height", version: 1, chart: chart, lang: lang, height: h }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(function () { send(false); }).observe(document.documentElement);
  window.addEventListener("resize", function () { send(false); });
  window.addEventListener("load", function () { send(true); });
  window.addEventListener("message", function (e) {
    if (e.source === window.parent && e.data && e.data.type === "cni-report:embed-ping") send(true);
  });
  send(true);
})();
